package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.DeliveryAddress;
import java.util.Map;
import java.util.Set;

/** Maps {@link DeliveryAddress} to and from rows of {@code DEL_ADDR}. Generated from the field table of the spec. */
public final class DeliveryAddressMapping implements FieldMapping<DeliveryAddress> {
    /** The single instance. */
    public static final DeliveryAddressMapping INSTANCE = new DeliveryAddressMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("id", "REC_ID"),
            Map.entry("debtorNumber", "SUB_NR"),
            Map.entry("name", "DEL_NAME"),
            Map.entry("address", "ADDRESS1"),
            Map.entry("postalCode", "POST_CODE"),
            Map.entry("city", "CITY"),
            Map.entry("countryCode", "CNT_CODE"),
            Map.entry("email", "MAIL_BUS"),
            Map.entry("phone", "TEL_BUS"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private DeliveryAddressMapping() {
    }

    @Override
    public String table() {
        return "DEL_ADDR";
    }

    @Override
    public String keyField() {
        return "REC_ID";
    }

    @Override
    public DeliveryAddress read(Row row) {
        DeliveryAddress.Builder b = DeliveryAddress.builder()
                .id(row.string("REC_ID"))
                .debtorNumber(row.string("SUB_NR"))
                .name(row.string("DEL_NAME"))
                .address(row.string("ADDRESS1"))
                .postalCode(row.string("POST_CODE"))
                .city(row.string("CITY"))
                .countryCode(row.string("CNT_CODE"))
                .email(row.string("MAIL_BUS"))
                .phone(row.string("TEL_BUS"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(DeliveryAddress v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "REC_ID", FieldType.CHARACTER, v.id());
        put(w, skip, "SUB_NR", FieldType.CHARACTER, v.debtorNumber());
        put(w, skip, "DEL_NAME", FieldType.CHARACTER, v.name());
        put(w, skip, "ADDRESS1", FieldType.CHARACTER, v.address());
        put(w, skip, "POST_CODE", FieldType.CHARACTER, v.postalCode());
        put(w, skip, "CITY", FieldType.CHARACTER, v.city());
        put(w, skip, "CNT_CODE", FieldType.CHARACTER, v.countryCode());
        put(w, skip, "MAIL_BUS", FieldType.CHARACTER, v.email());
        put(w, skip, "TEL_BUS", FieldType.CHARACTER, v.phone());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
