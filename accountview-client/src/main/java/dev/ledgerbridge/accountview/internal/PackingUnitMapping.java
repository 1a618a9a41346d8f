package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.PackingUnit;
import java.util.Map;
import java.util.Set;

/** Maps {@link PackingUnit} to and from rows of {@code ART_PACK}. Generated from the field table of the spec. */
public final class PackingUnitMapping implements FieldMapping<PackingUnit> {
    /** The single instance. */
    public static final PackingUnitMapping INSTANCE = new PackingUnitMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("id", "REC_ID"),
            Map.entry("articleCode", "ART_CODE"),
            Map.entry("content", "PACK_CONT"),
            Map.entry("supplier", "VEUTR_LEV"),
            Map.entry("freeStock", "PQTY_FREE2"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private PackingUnitMapping() {
    }

    @Override
    public String table() {
        return "ART_PACK";
    }

    @Override
    public String keyField() {
        return "REC_ID";
    }

    @Override
    public PackingUnit read(Row row) {
        PackingUnit.Builder b = PackingUnit.builder()
                .id(row.string("REC_ID"))
                .articleCode(row.string("ART_CODE"))
                .content(row.decimal("PACK_CONT"))
                .supplier(row.string("VEUTR_LEV"))
                .freeStock(row.decimal("PQTY_FREE2"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(PackingUnit v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "REC_ID", FieldType.CHARACTER, v.id());
        put(w, skip, "ART_CODE", FieldType.CHARACTER, v.articleCode());
        put(w, skip, "PACK_CONT", FieldType.NUMERIC, v.content());
        put(w, skip, "VEUTR_LEV", FieldType.CHARACTER, v.supplier());
        put(w, skip, "PQTY_FREE2", FieldType.NUMERIC, v.freeStock());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
