package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import java.util.Map;
import java.util.Set;

/** Maps {@link SalesOrderLine} to and from rows of {@code SO_LINE}. Generated from the field table of the spec. */
public final class SalesOrderLineMapping implements FieldMapping<SalesOrderLine> {
    /** The single instance. */
    public static final SalesOrderLineMapping INSTANCE = new SalesOrderLineMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("articleCode", "ART_CODE"),
            Map.entry("quantity", "ORD_QTY"),
            Map.entry("unitPrice", "ART_PX"),
            Map.entry("deliveryDate", "DEL_DATE"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private SalesOrderLineMapping() {
    }

    @Override
    public String table() {
        return "SO_LINE";
    }

    @Override
    public String keyField() {
        return null;
    }

    @Override
    public SalesOrderLine read(Row row) {
        SalesOrderLine.Builder b = SalesOrderLine.builder()
                .articleCode(row.string("ART_CODE"))
                .quantity(row.decimal("ORD_QTY"))
                .unitPrice(row.decimal("ART_PX"))
                .deliveryDate(row.date("DEL_DATE"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(SalesOrderLine v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "ART_CODE", FieldType.CHARACTER, v.articleCode());
        put(w, skip, "ORD_QTY", FieldType.NUMERIC, v.quantity());
        put(w, skip, "ART_PX", FieldType.NUMERIC, v.unitPrice());
        put(w, skip, "DEL_DATE", FieldType.DATE_TIME, v.deliveryDate());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
