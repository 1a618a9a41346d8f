package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.LedgerAccount;
import java.util.Map;
import java.util.Set;

/** Maps {@link LedgerAccount} to and from rows of {@code LEDGER}. Generated from the field table of the spec. */
public final class LedgerAccountMapping implements FieldMapping<LedgerAccount> {
    /** The single instance. */
    public static final LedgerAccountMapping INSTANCE = new LedgerAccountMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("number", "ACCT_NR"),
            Map.entry("name", "ACCT_NAME"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private LedgerAccountMapping() {
    }

    @Override
    public String table() {
        return "LEDGER";
    }

    @Override
    public String keyField() {
        return "ACCT_NR";
    }

    @Override
    public LedgerAccount read(Row row) {
        LedgerAccount.Builder b = LedgerAccount.builder()
                .number(row.string("ACCT_NR"))
                .name(row.string("ACCT_NAME"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(LedgerAccount v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "ACCT_NR", FieldType.CHARACTER, v.number());
        put(w, skip, "ACCT_NAME", FieldType.CHARACTER, v.name());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
