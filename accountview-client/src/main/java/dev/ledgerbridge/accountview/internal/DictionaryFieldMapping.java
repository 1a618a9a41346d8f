package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.DictionaryField;
import java.util.Map;
import java.util.Set;

/** Maps {@link DictionaryField} to and from rows of {@code DCT_FLD}. Generated from the field table of the spec. */
public final class DictionaryFieldMapping implements FieldMapping<DictionaryField> {
    /** The single instance. */
    public static final DictionaryFieldMapping INSTANCE = new DictionaryFieldMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("name", "FIELD_NAME"),
            Map.entry("table", "DBF_NAME"),
            Map.entry("description", "FLD_DESC"),
            Map.entry("type", "FIELD_TYPE"),
            Map.entry("length", "FIELD_LEN"),
            Map.entry("mandatory", "INP_MAND"),
            Map.entry("format", "FLD_FMT"),
            Map.entry("mask", "FLD_MASK"),
            Map.entry("blocked", "COM_BLK"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private DictionaryFieldMapping() {
    }

    @Override
    public String table() {
        return "DCT_FLD";
    }

    @Override
    public String keyField() {
        return "DCT_FLD_ID";
    }

    @Override
    public DictionaryField read(Row row) {
        DictionaryField.Builder b = DictionaryField.builder()
                .name(row.string("FIELD_NAME"))
                .table(row.string("DBF_NAME"))
                .description(row.string("FLD_DESC"))
                .type(fieldType(row.string("FIELD_TYPE")))
                .length(row.integer("FIELD_LEN"))
                .mandatory(row.bool("INP_MAND"))
                .format(row.string("FLD_FMT"))
                .mask(row.string("FLD_MASK"))
                .blocked(row.bool("COM_BLK"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(DictionaryField v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "FIELD_NAME", FieldType.CHARACTER, v.name());
        put(w, skip, "DBF_NAME", FieldType.CHARACTER, v.table());
        put(w, skip, "FLD_DESC", FieldType.CHARACTER, v.description());
        put(w, skip, "FIELD_TYPE", FieldType.CHARACTER, v.type() == null ? null : v.type().code());
        put(w, skip, "FIELD_LEN", FieldType.INTEGER, v.length());
        put(w, skip, "INP_MAND", FieldType.LOGICAL, v.mandatory());
        put(w, skip, "FLD_FMT", FieldType.CHARACTER, v.format());
        put(w, skip, "FLD_MASK", FieldType.CHARACTER, v.mask());
        put(w, skip, "COM_BLK", FieldType.LOGICAL, v.blocked());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
