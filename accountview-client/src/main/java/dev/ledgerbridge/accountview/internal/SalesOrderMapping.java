package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.SalesOrder;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Maps {@link SalesOrder} to and from rows of {@code SO_HDR}. Generated from the field table of the spec. */
public final class SalesOrderMapping implements FieldMapping<SalesOrder> {
    /** The single instance. */
    public static final SalesOrderMapping INSTANCE = new SalesOrderMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("orderNumber", "ORD_NR"),
            Map.entry("orderDate", "ORD_DATE"),
            Map.entry("invoiceDate", "INV_DATE"),
            Map.entry("deliveryDate", "DEL_DATE"),
            Map.entry("invoiceDebtor", "RPL_INV"),
            Map.entry("deliveryDebtor", "RPL_DEL"),
            Map.entry("deliveryAddressId", "DEL_CODE"),
            Map.entry("description", "COMMENT1"),
            Map.entry("note", "COMMENT2"),
            Map.entry("email", "TO_EMAIL"),
            Map.entry("discountAmount", "PD_AMT"),
            Map.entry("salesperson", "EMP_NR"),
            Map.entry("priceList", "APX_LIST"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = mapped();

    private SalesOrderMapping() {
    }

    private static Set<String> mapped() {
        Set<String> codes = new HashSet<>(CODES.values());
        codes.add("SO_HDR_ID"); // read into headerId(), never written
        return Set.copyOf(codes);
    }

    @Override
    public String table() {
        return "SO_HDR";
    }

    @Override
    public String keyField() {
        return "ORD_NR";
    }

    @Override
    public SalesOrder read(Row row) {
        SalesOrder.Builder b = SalesOrder.builder()
                .headerId(ObjectsImpl.idText(row.get("SO_HDR_Id")))
                .orderNumber(row.string("ORD_NR"))
                .orderDate(row.date("ORD_DATE"))
                .invoiceDate(row.date("INV_DATE"))
                .deliveryDate(row.date("DEL_DATE"))
                .invoiceDebtor(row.string("RPL_INV"))
                .deliveryDebtor(row.string("RPL_DEL"))
                .deliveryAddressId(row.string("DEL_CODE"))
                .description(row.string("COMMENT1"))
                .note(row.string("COMMENT2"))
                .email(row.string("TO_EMAIL"))
                .discountAmount(row.decimal("PD_AMT"))
                .salesperson(row.string("EMP_NR"))
                .priceList(row.string("APX_LIST"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(SalesOrder v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "ORD_DATE", FieldType.DATE_TIME, v.orderDate());
        put(w, skip, "INV_DATE", FieldType.DATE_TIME, v.invoiceDate());
        put(w, skip, "DEL_DATE", FieldType.DATE_TIME, v.deliveryDate());
        put(w, skip, "RPL_INV", FieldType.CHARACTER, v.invoiceDebtor());
        put(w, skip, "RPL_DEL", FieldType.CHARACTER, v.deliveryDebtor());
        put(w, skip, "DEL_CODE", FieldType.CHARACTER, v.deliveryAddressId());
        put(w, skip, "COMMENT1", FieldType.CHARACTER, v.description());
        put(w, skip, "COMMENT2", FieldType.CHARACTER, v.note());
        put(w, skip, "TO_EMAIL", FieldType.CHARACTER, v.email());
        put(w, skip, "PD_AMT", FieldType.NUMERIC, v.discountAmount());
        put(w, skip, "EMP_NR", FieldType.CHARACTER, v.salesperson());
        put(w, skip, "APX_LIST", FieldType.CHARACTER, v.priceList());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
