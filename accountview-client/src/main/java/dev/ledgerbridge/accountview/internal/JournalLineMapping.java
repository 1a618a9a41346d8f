package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.JournalLine;
import java.util.Map;
import java.util.Set;

/** Maps {@link JournalLine} to and from rows of {@code DJ_LINE}. Generated from the field table of the spec. */
public final class JournalLineMapping implements FieldMapping<JournalLine> {
    /** The single instance. */
    public static final JournalLineMapping INSTANCE = new JournalLineMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("account", "ACCT_NR"),
            Map.entry("description", "TRN_DESC"),
            Map.entry("amount", "AMOUNT"),
            Map.entry("vatCode", "VAT_CODE"),
            Map.entry("vatAmount", "VAT_AMT"),
            Map.entry("quantity", "TRN_QTY"),
            Map.entry("costCentre", "COST_CODE"),
            Map.entry("debtorNumber", "SUB_NR"),
            Map.entry("invoiceNumber", "INV_NR"),
            Map.entry("date", "TRN_DATE"),
            Map.entry("recordId", "REC_ID"),
            Map.entry("sourceId", "SRC_ID"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private JournalLineMapping() {
    }

    @Override
    public String table() {
        return "DJ_LINE";
    }

    @Override
    public String keyField() {
        return null;
    }

    @Override
    public JournalLine read(Row row) {
        JournalLine.Builder b = JournalLine.builder()
                .account(row.string("ACCT_NR"))
                .description(row.string("TRN_DESC"))
                .amount(row.decimal("AMOUNT"))
                .vatCode(row.string("VAT_CODE"))
                .vatAmount(row.decimal("VAT_AMT"))
                .quantity(row.decimal("TRN_QTY"))
                .costCentre(row.string("COST_CODE"))
                .debtorNumber(row.string("SUB_NR"))
                .invoiceNumber(row.string("INV_NR"))
                .date(row.date("TRN_DATE"))
                .recordId(row.string("REC_ID"))
                .sourceId(row.string("SRC_ID"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(JournalLine v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "ACCT_NR", FieldType.CHARACTER, v.account());
        put(w, skip, "TRN_DESC", FieldType.CHARACTER, v.description());
        put(w, skip, "AMOUNT", FieldType.NUMERIC, v.amount());
        put(w, skip, "VAT_CODE", FieldType.CHARACTER, v.vatCode());
        put(w, skip, "VAT_AMT", FieldType.NUMERIC, v.vatAmount());
        put(w, skip, "TRN_QTY", FieldType.NUMERIC, v.quantity());
        put(w, skip, "COST_CODE", FieldType.CHARACTER, v.costCentre());
        put(w, skip, "SUB_NR", FieldType.CHARACTER, v.debtorNumber());
        put(w, skip, "INV_NR", FieldType.CHARACTER, v.invoiceNumber());
        put(w, skip, "TRN_DATE", FieldType.DATE_TIME, v.date());
        put(w, skip, "REC_ID", FieldType.CHARACTER, v.recordId());
        put(w, skip, "SRC_ID", FieldType.CHARACTER, v.sourceId());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
