package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.DictionaryTable;
import java.util.Map;
import java.util.Set;

/** Maps {@link DictionaryTable} to and from rows of {@code DCT_FILE}. Generated from the field table of the spec. */
public final class DictionaryTableMapping implements FieldMapping<DictionaryTable> {
    /** The single instance. */
    public static final DictionaryTableMapping INSTANCE = new DictionaryTableMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("name", "DBF_NAME"),
            Map.entry("description", "DBF_DESC"),
            Map.entry("businessObject", "OBJ_CODE"),
            Map.entry("headerTable", "TBL_HDR"),
            Map.entry("lineTable", "TBL_CHILD"),
            Map.entry("noInsert", "NO_INSERT"),
            Map.entry("noUpdate", "NO_UPDATE"),
            Map.entry("noDelete", "NO_DELETE"),
            Map.entry("noWebApiChanges", "NO_XML_UPD"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private DictionaryTableMapping() {
    }

    @Override
    public String table() {
        return "DCT_FILE";
    }

    @Override
    public String keyField() {
        return "DBF_NAME";
    }

    @Override
    public DictionaryTable read(Row row) {
        DictionaryTable.Builder b = DictionaryTable.builder()
                .name(row.string("DBF_NAME"))
                .description(row.string("DBF_DESC"))
                .businessObject(row.string("OBJ_CODE"))
                .headerTable(row.string("TBL_HDR"))
                .lineTable(row.string("TBL_CHILD"))
                .noInsert(row.bool("NO_INSERT"))
                .noUpdate(row.bool("NO_UPDATE"))
                .noDelete(row.bool("NO_DELETE"))
                .noWebApiChanges(row.bool("NO_XML_UPD"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(DictionaryTable v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "DBF_NAME", FieldType.CHARACTER, v.name());
        put(w, skip, "DBF_DESC", FieldType.CHARACTER, v.description());
        put(w, skip, "OBJ_CODE", FieldType.CHARACTER, v.businessObject());
        put(w, skip, "TBL_HDR", FieldType.CHARACTER, v.headerTable());
        put(w, skip, "TBL_CHILD", FieldType.CHARACTER, v.lineTable());
        put(w, skip, "NO_INSERT", FieldType.LOGICAL, v.noInsert());
        put(w, skip, "NO_UPDATE", FieldType.LOGICAL, v.noUpdate());
        put(w, skip, "NO_DELETE", FieldType.LOGICAL, v.noDelete());
        put(w, skip, "NO_XML_UPD", FieldType.LOGICAL, v.noWebApiChanges());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
