package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.OrderHistoryLine;
import java.util.Map;
import java.util.Set;

/** Maps {@link OrderHistoryLine} to and from rows of {@code HST_AL}. Generated from the field table of the spec. */
public final class OrderHistoryLineMapping implements FieldMapping<OrderHistoryLine> {
    /** The single instance. */
    public static final OrderHistoryLineMapping INSTANCE = new OrderHistoryLineMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("id", "REC_ID"),
            Map.entry("articleCode", "ART_CODE"),
            Map.entry("unit", "ART_UNIT"),
            Map.entry("unitPrice", "UNIT_PX"),
            Map.entry("packQuantity", "PACK_QTY"),
            Map.entry("packContent", "PACK_CONT"),
            Map.entry("packQuantityDelivered", "VPACK_QTY"),
            Map.entry("costPrice", "COST_PX"),
            Map.entry("lastCostPrice", "L_COSTPX"),
            Map.entry("directPrice", "DIRECT_PX"),
            Map.entry("searchCode", "VSRC_CODE"),
            Map.entry("supplier", "EUTR_LEV"),
            Map.entry("orderType", "HST_AH.HDR_TYPE"),
            Map.entry("invoiceDebtor", "HST_AH.RPL_INV"),
            Map.entry("name", "HST_AH.DC_NAME"),
            Map.entry("invoiceDate", "HST_AH.INV_DATE"),
            Map.entry("deliveryDate", "HST_AH.DEL_DATE"),
            Map.entry("shippingMethod", "HST_AH.SHIP_MTH"),
            Map.entry("paymentCondition", "HST_AH.VDISC_DESC"),
            Map.entry("shippingCost", "HST_AH.SHIP_COST"),
            Map.entry("orderCost", "HST_AH.ORD_COST"),
            Map.entry("description", "HST_AH.COMMENT1"),
            Map.entry("note", "HST_AH.COMMENT2"),
            Map.entry("deliveryAddress", "HST_AH.DEL_ADDR"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private OrderHistoryLineMapping() {
    }

    @Override
    public String table() {
        return "HST_AL";
    }

    @Override
    public String keyField() {
        return "REC_ID";
    }

    @Override
    public OrderHistoryLine read(Row row) {
        OrderHistoryLine.Builder b = OrderHistoryLine.builder()
                .id(row.string("REC_ID"))
                .articleCode(row.string("ART_CODE"))
                .unit(row.string("ART_UNIT"))
                .unitPrice(row.decimal("UNIT_PX"))
                .packQuantity(row.decimal("PACK_QTY"))
                .packContent(row.decimal("PACK_CONT"))
                .packQuantityDelivered(row.decimal("VPACK_QTY"))
                .costPrice(row.decimal("COST_PX"))
                .lastCostPrice(row.decimal("L_COSTPX"))
                .directPrice(row.decimal("DIRECT_PX"))
                .searchCode(row.string("VSRC_CODE"))
                .supplier(row.string("EUTR_LEV"))
                .orderType(row.integer("HST_AH.HDR_TYPE"))
                .invoiceDebtor(row.string("HST_AH.RPL_INV"))
                .name(row.string("HST_AH.DC_NAME"))
                .invoiceDate(row.date("HST_AH.INV_DATE"))
                .deliveryDate(row.date("HST_AH.DEL_DATE"))
                .shippingMethod(row.string("HST_AH.SHIP_MTH"))
                .paymentCondition(row.string("HST_AH.VDISC_DESC"))
                .shippingCost(row.decimal("HST_AH.SHIP_COST"))
                .orderCost(row.decimal("HST_AH.ORD_COST"))
                .description(row.string("HST_AH.COMMENT1"))
                .note(row.string("HST_AH.COMMENT2"))
                .deliveryAddress(row.string("HST_AH.DEL_ADDR"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(OrderHistoryLine v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "REC_ID", FieldType.CHARACTER, v.id());
        put(w, skip, "ART_CODE", FieldType.CHARACTER, v.articleCode());
        put(w, skip, "ART_UNIT", FieldType.CHARACTER, v.unit());
        put(w, skip, "UNIT_PX", FieldType.NUMERIC, v.unitPrice());
        put(w, skip, "PACK_QTY", FieldType.NUMERIC, v.packQuantity());
        put(w, skip, "PACK_CONT", FieldType.NUMERIC, v.packContent());
        put(w, skip, "VPACK_QTY", FieldType.NUMERIC, v.packQuantityDelivered());
        put(w, skip, "COST_PX", FieldType.NUMERIC, v.costPrice());
        put(w, skip, "L_COSTPX", FieldType.NUMERIC, v.lastCostPrice());
        put(w, skip, "DIRECT_PX", FieldType.NUMERIC, v.directPrice());
        put(w, skip, "VSRC_CODE", FieldType.CHARACTER, v.searchCode());
        put(w, skip, "EUTR_LEV", FieldType.CHARACTER, v.supplier());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
