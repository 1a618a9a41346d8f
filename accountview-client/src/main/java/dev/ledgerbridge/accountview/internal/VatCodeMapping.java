package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.VatCode;
import java.util.Map;
import java.util.Set;

/** Maps {@link VatCode} to and from rows of {@code VAT}. Generated from the field table of the spec. */
public final class VatCodeMapping implements FieldMapping<VatCode> {
    /** The single instance. */
    public static final VatCodeMapping INSTANCE = new VatCodeMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("code", "VAT_CODE"),
            Map.entry("name", "VAT_NAME"),
            Map.entry("percentage", "VAT_PCT"),
            Map.entry("type", "VAT_TYPE"),
            Map.entry("calculationType", "CALC_TYPE"),
            Map.entry("account", "VAT_ACCT"),
            Map.entry("reverseCharge", "IS_REVERSE"),
            Map.entry("link", "VAT_LINK"),
            Map.entry("formCode", "FRM_CODE"),
            Map.entry("abc", "IS_ABC"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private VatCodeMapping() {
    }

    @Override
    public String table() {
        return "VAT";
    }

    @Override
    public String keyField() {
        return "VAT_CODE";
    }

    @Override
    public VatCode read(Row row) {
        VatCode.Builder b = VatCode.builder()
                .code(row.string("VAT_CODE"))
                .name(row.string("VAT_NAME"))
                .percentage(row.decimal("VAT_PCT"))
                .type(row.integer("VAT_TYPE"))
                .calculationType(row.integer("CALC_TYPE"))
                .account(row.string("VAT_ACCT"))
                .reverseCharge(row.bool("IS_REVERSE"))
                .link(row.string("VAT_LINK"))
                .formCode(row.string("FRM_CODE"))
                .abc(row.bool("IS_ABC"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(VatCode v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "VAT_CODE", FieldType.CHARACTER, v.code());
        put(w, skip, "VAT_NAME", FieldType.CHARACTER, v.name());
        put(w, skip, "VAT_PCT", FieldType.NUMERIC, v.percentage());
        put(w, skip, "VAT_TYPE", FieldType.INTEGER, v.type());
        put(w, skip, "CALC_TYPE", FieldType.INTEGER, v.calculationType());
        put(w, skip, "VAT_ACCT", FieldType.CHARACTER, v.account());
        put(w, skip, "IS_REVERSE", FieldType.LOGICAL, v.reverseCharge());
        put(w, skip, "VAT_LINK", FieldType.CHARACTER, v.link());
        put(w, skip, "FRM_CODE", FieldType.CHARACTER, v.formCode());
        put(w, skip, "IS_ABC", FieldType.LOGICAL, v.abc());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
