package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.JournalPage;
import java.util.Map;
import java.util.Set;

/** Maps {@link JournalPage} to and from rows of {@code DJ_PAGE}. Generated from the field table of the spec. */
public final class JournalPageMapping implements FieldMapping<JournalPage> {
    /** The single instance. */
    public static final JournalPageMapping INSTANCE = new JournalPageMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("journal", "DJ_CODE"),
            Map.entry("pageNumber", "PAGE_NR"),
            Map.entry("description", "HDR_DESC"),
            Map.entry("debtorNumber", "SUB_NR"),
            Map.entry("invoiceNumber", "INV_NR"),
            Map.entry("date", "TRN_DATE"),
            Map.entry("period", "PERIOD"),
            Map.entry("currencyCode", "CUR_CODE"),
            Map.entry("grossAmounts", "GROSS_FLG"),
            Map.entry("creditDays", "CRED_DAYS"),
            Map.entry("paymentDiscountPercentage", "PD_PCT"),
            Map.entry("comment", "COMMENT1"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private JournalPageMapping() {
    }

    @Override
    public String table() {
        return "DJ_PAGE";
    }

    @Override
    public String keyField() {
        return "PAGE_NR";
    }

    @Override
    public JournalPage read(Row row) {
        JournalPage.Builder b = JournalPage.builder()
                .journal(row.string("DJ_CODE"))
                .pageNumber(row.string("PAGE_NR"))
                .description(row.string("HDR_DESC"))
                .debtorNumber(row.string("SUB_NR"))
                .invoiceNumber(row.string("INV_NR"))
                .date(row.date("TRN_DATE"))
                .period(row.integer("PERIOD"))
                .currencyCode(row.string("CUR_CODE"))
                .grossAmounts(row.bool("GROSS_FLG"))
                .creditDays(row.integer("CRED_DAYS"))
                .paymentDiscountPercentage(row.decimal("PD_PCT"))
                .comment(row.string("COMMENT1"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(JournalPage v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "DJ_CODE", FieldType.CHARACTER, v.journal());
        put(w, skip, "PAGE_NR", FieldType.CHARACTER, v.pageNumber());
        put(w, skip, "HDR_DESC", FieldType.CHARACTER, v.description());
        put(w, skip, "SUB_NR", FieldType.CHARACTER, v.debtorNumber());
        put(w, skip, "INV_NR", FieldType.CHARACTER, v.invoiceNumber());
        put(w, skip, "TRN_DATE", FieldType.DATE_TIME, v.date());
        put(w, skip, "PERIOD", FieldType.INTEGER, v.period());
        put(w, skip, "CUR_CODE", FieldType.CHARACTER, v.currencyCode());
        put(w, skip, "GROSS_FLG", FieldType.LOGICAL, v.grossAmounts());
        put(w, skip, "CRED_DAYS", FieldType.INTEGER, v.creditDays());
        put(w, skip, "PD_PCT", FieldType.NUMERIC, v.paymentDiscountPercentage());
        put(w, skip, "COMMENT1", FieldType.CHARACTER, v.comment());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
