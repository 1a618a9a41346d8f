package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.Debtor;
import java.util.Map;
import java.util.Set;

/** Maps {@link Debtor} to and from rows of {@code CONTACT}. Generated from the field table of the spec. */
public final class DebtorMapping implements FieldMapping<Debtor> {
    /** The single instance. */
    public static final DebtorMapping INSTANCE = new DebtorMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("number", "SUB_NR"),
            Map.entry("name", "ACCT_NAME"),
            Map.entry("searchCode", "SRC_CODE"),
            Map.entry("collectiveAccount", "ACCT_NR"),
            Map.entry("address", "ADDRESS1"),
            Map.entry("street", "ST_STREET"),
            Map.entry("houseNumber", "ST_NR"),
            Map.entry("houseNumberAddition", "ST_EXTRA"),
            Map.entry("postalCode", "POST_CODE"),
            Map.entry("city", "CITY"),
            Map.entry("boxCity", "BOX_CITY"),
            Map.entry("countryCode", "CNT_CODE"),
            Map.entry("country", "COUNTRY"),
            Map.entry("poBox", "PO_BOX"),
            Map.entry("poPostalCode", "PO_CODE"),
            Map.entry("poCity", "PO_CITY"),
            Map.entry("email", "MAIL_BUS"),
            Map.entry("phone", "TEL_BUS"),
            Map.entry("mobile", "TEL_MOB"),
            Map.entry("fax", "FAX_BUS"),
            Map.entry("website", "WWW_URL"),
            Map.entry("vatNumber", "VAT_NR"),
            Map.entry("chamberOfCommerceNumber", "COC_CODE"),
            Map.entry("vatCode", "VAT_CODE"),
            Map.entry("paymentConditionCode", "DISC_CODE"),
            Map.entry("currencyCode", "CUR_CODE"),
            Map.entry("languageCode", "LNG_CODE"),
            Map.entry("iban", "IBAN_NR"),
            Map.entry("iban2", "IBAN_NR2"),
            Map.entry("contactName", "MAIN_CONT"),
            Map.entry("contactPersonCode", "MAIN_PP"),
            Map.entry("contactEmail", "MC_MAILB"),
            Map.entry("contactSalutation", "MC_DEAR"),
            Map.entry("adminContactName", "ADMIN_CONT"),
            Map.entry("adminName", "ADMIN_NAME"),
            Map.entry("adminContactPersonCode", "ADMIN_PP"),
            Map.entry("adminContactSalutation", "ADM_DEAR"),
            Map.entry("externalNumber", "DEB_NR"),
            Map.entry("priceList", "APX_LIST"),
            Map.entry("priceListCode", "QD_CODE"),
            Map.entry("salesperson", "EMP_NR"),
            Map.entry("relationGroup", "RPL_GRP"),
            Map.entry("invoiceDebtor", "RPL_INV"),
            Map.entry("creditLimit", "CRED_LIM"),
            Map.entry("directDebit", "DD_ACT"),
            Map.entry("blocked", "REC_BLK"),
            Map.entry("blockedForOrders", "BLK_SP"),
            Map.entry("note", "COMMENT1"),
            Map.entry("created", "INP_DATE"),
            Map.entry("changed", "CNG_DATE"),
            Map.entry("changeCount", "CNG_NR"),
            Map.entry("balance", "ACCT_BAL"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private DebtorMapping() {
    }

    @Override
    public String table() {
        return "CONTACT";
    }

    @Override
    public String keyField() {
        return "SUB_NR";
    }

    @Override
    public Debtor read(Row row) {
        Debtor.Builder b = Debtor.builder()
                .number(row.string("SUB_NR"))
                .name(row.string("ACCT_NAME"))
                .searchCode(row.string("SRC_CODE"))
                .collectiveAccount(row.string("ACCT_NR"))
                .address(row.string("ADDRESS1"))
                .street(row.string("ST_STREET"))
                .houseNumber(row.string("ST_NR"))
                .houseNumberAddition(row.string("ST_EXTRA"))
                .postalCode(row.string("POST_CODE"))
                .city(row.string("CITY"))
                .boxCity(row.string("BOX_CITY"))
                .countryCode(row.string("CNT_CODE"))
                .country(row.string("COUNTRY"))
                .poBox(row.string("PO_BOX"))
                .poPostalCode(row.string("PO_CODE"))
                .poCity(row.string("PO_CITY"))
                .email(row.string("MAIL_BUS"))
                .phone(row.string("TEL_BUS"))
                .mobile(row.string("TEL_MOB"))
                .fax(row.string("FAX_BUS"))
                .website(row.string("WWW_URL"))
                .vatNumber(row.string("VAT_NR"))
                .chamberOfCommerceNumber(row.string("COC_CODE"))
                .vatCode(row.string("VAT_CODE"))
                .paymentConditionCode(row.string("DISC_CODE"))
                .currencyCode(row.string("CUR_CODE"))
                .languageCode(row.string("LNG_CODE"))
                .iban(row.string("IBAN_NR"))
                .iban2(row.string("IBAN_NR2"))
                .contactName(row.string("MAIN_CONT"))
                .contactPersonCode(row.string("MAIN_PP"))
                .contactEmail(row.string("MC_MAILB"))
                .contactSalutation(row.string("MC_DEAR"))
                .adminContactName(row.string("ADMIN_CONT"))
                .adminName(row.string("ADMIN_NAME"))
                .adminContactPersonCode(row.string("ADMIN_PP"))
                .adminContactSalutation(row.string("ADM_DEAR"))
                .externalNumber(row.string("DEB_NR"))
                .priceList(row.string("APX_LIST"))
                .priceListCode(row.string("QD_CODE"))
                .salesperson(row.string("EMP_NR"))
                .relationGroup(row.string("RPL_GRP"))
                .invoiceDebtor(row.string("RPL_INV"))
                .creditLimit(row.integer("CRED_LIM"))
                .directDebit(row.bool("DD_ACT"))
                .blocked(row.bool("REC_BLK"))
                .blockedForOrders(row.bool("BLK_SP"))
                .note(row.string("COMMENT1"))
                .created(row.dateTime("INP_DATE"))
                .changed(row.dateTime("CNG_DATE"))
                .changeCount(row.integer("CNG_NR"))
                .balance(row.decimal("ACCT_BAL"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(Debtor v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "SUB_NR", FieldType.CHARACTER, v.number());
        put(w, skip, "ACCT_NAME", FieldType.CHARACTER, v.name());
        put(w, skip, "SRC_CODE", FieldType.CHARACTER, v.searchCode());
        put(w, skip, "ACCT_NR", FieldType.CHARACTER, v.collectiveAccount());
        put(w, skip, "ADDRESS1", FieldType.CHARACTER, v.address());
        put(w, skip, "ST_STREET", FieldType.CHARACTER, v.street());
        put(w, skip, "ST_NR", FieldType.CHARACTER, v.houseNumber());
        put(w, skip, "ST_EXTRA", FieldType.CHARACTER, v.houseNumberAddition());
        put(w, skip, "POST_CODE", FieldType.CHARACTER, v.postalCode());
        put(w, skip, "CITY", FieldType.CHARACTER, v.city());
        put(w, skip, "BOX_CITY", FieldType.CHARACTER, v.boxCity());
        put(w, skip, "CNT_CODE", FieldType.CHARACTER, v.countryCode());
        put(w, skip, "COUNTRY", FieldType.CHARACTER, v.country());
        put(w, skip, "PO_BOX", FieldType.CHARACTER, v.poBox());
        put(w, skip, "PO_CODE", FieldType.CHARACTER, v.poPostalCode());
        put(w, skip, "PO_CITY", FieldType.CHARACTER, v.poCity());
        put(w, skip, "MAIL_BUS", FieldType.CHARACTER, v.email());
        put(w, skip, "TEL_BUS", FieldType.CHARACTER, v.phone());
        put(w, skip, "TEL_MOB", FieldType.CHARACTER, v.mobile());
        put(w, skip, "FAX_BUS", FieldType.CHARACTER, v.fax());
        put(w, skip, "WWW_URL", FieldType.CHARACTER, v.website());
        put(w, skip, "VAT_NR", FieldType.CHARACTER, v.vatNumber());
        put(w, skip, "COC_CODE", FieldType.CHARACTER, v.chamberOfCommerceNumber());
        put(w, skip, "VAT_CODE", FieldType.CHARACTER, v.vatCode());
        put(w, skip, "DISC_CODE", FieldType.CHARACTER, v.paymentConditionCode());
        put(w, skip, "CUR_CODE", FieldType.CHARACTER, v.currencyCode());
        put(w, skip, "LNG_CODE", FieldType.CHARACTER, v.languageCode());
        put(w, skip, "IBAN_NR", FieldType.CHARACTER, v.iban());
        put(w, skip, "IBAN_NR2", FieldType.CHARACTER, v.iban2());
        put(w, skip, "MAIN_CONT", FieldType.CHARACTER, v.contactName());
        put(w, skip, "MAIN_PP", FieldType.CHARACTER, v.contactPersonCode());
        put(w, skip, "MC_MAILB", FieldType.CHARACTER, v.contactEmail());
        put(w, skip, "MC_DEAR", FieldType.CHARACTER, v.contactSalutation());
        put(w, skip, "ADMIN_CONT", FieldType.CHARACTER, v.adminContactName());
        put(w, skip, "ADMIN_NAME", FieldType.CHARACTER, v.adminName());
        put(w, skip, "ADMIN_PP", FieldType.CHARACTER, v.adminContactPersonCode());
        put(w, skip, "ADM_DEAR", FieldType.CHARACTER, v.adminContactSalutation());
        put(w, skip, "DEB_NR", FieldType.CHARACTER, v.externalNumber());
        put(w, skip, "APX_LIST", FieldType.CHARACTER, v.priceList());
        put(w, skip, "QD_CODE", FieldType.CHARACTER, v.priceListCode());
        put(w, skip, "EMP_NR", FieldType.CHARACTER, v.salesperson());
        put(w, skip, "RPL_GRP", FieldType.CHARACTER, v.relationGroup());
        put(w, skip, "RPL_INV", FieldType.CHARACTER, v.invoiceDebtor());
        put(w, skip, "CRED_LIM", FieldType.INTEGER, v.creditLimit());
        put(w, skip, "DD_ACT", FieldType.LOGICAL, v.directDebit());
        put(w, skip, "REC_BLK", FieldType.LOGICAL, v.blocked());
        put(w, skip, "BLK_SP", FieldType.LOGICAL, v.blockedForOrders());
        put(w, skip, "COMMENT1", FieldType.CHARACTER, v.note());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
