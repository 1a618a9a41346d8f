package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.Article;
import java.util.Map;
import java.util.Set;

/** Maps {@link Article} to and from rows of {@code ARTICLE}. Generated from the field table of the spec. */
public final class ArticleMapping implements FieldMapping<Article> {
    /** The single instance. */
    public static final ArticleMapping INSTANCE = new ArticleMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("code", "ART_CODE"),
            Map.entry("description", "ART_DESC1"),
            Map.entry("groupCode", "AG_CODE"),
            Map.entry("unit", "ART_UNIT"),
            Map.entry("salesPrice", "PX_SELL"),
            Map.entry("costPrice", "COST_PX"),
            Map.entry("lastCostPrice", "L_COSTPX"),
            Map.entry("orderCostPrice", "B_COSTPX"),
            Map.entry("quantityAvailable", "QTY_AVAIL"),
            Map.entry("quantityFree", "QTY_FREE2"),
            Map.entry("quantityTechnical", "QTY_TECH"),
            Map.entry("quantityOnOrder", "QTY_BESTEL"),
            Map.entry("imageName", "IMG_MEDIUM"),
            Map.entry("changed", "CNG_DATE"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private ArticleMapping() {
    }

    @Override
    public String table() {
        return "ARTICLE";
    }

    @Override
    public String keyField() {
        return "ART_CODE";
    }

    @Override
    public Article read(Row row) {
        Article.Builder b = Article.builder()
                .code(row.string("ART_CODE"))
                .description(row.string("ART_DESC1"))
                .groupCode(row.string("AG_CODE"))
                .unit(row.string("ART_UNIT"))
                .salesPrice(row.decimal("PX_SELL"))
                .costPrice(row.decimal("COST_PX"))
                .lastCostPrice(row.decimal("L_COSTPX"))
                .orderCostPrice(row.decimal("B_COSTPX"))
                .quantityAvailable(row.decimal("QTY_AVAIL"))
                .quantityFree(row.decimal("QTY_FREE2"))
                .quantityTechnical(row.decimal("QTY_TECH"))
                .quantityOnOrder(row.decimal("QTY_BESTEL"))
                .imageName(row.string("IMG_MEDIUM"))
                .changed(row.dateTime("CNG_DATE"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(Article v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "ART_CODE", FieldType.CHARACTER, v.code());
        put(w, skip, "ART_DESC1", FieldType.CHARACTER, v.description());
        put(w, skip, "AG_CODE", FieldType.CHARACTER, v.groupCode());
        put(w, skip, "ART_UNIT", FieldType.CHARACTER, v.unit());
        put(w, skip, "PX_SELL", FieldType.NUMERIC, v.salesPrice());
        put(w, skip, "COST_PX", FieldType.NUMERIC, v.costPrice());
        put(w, skip, "L_COSTPX", FieldType.NUMERIC, v.lastCostPrice());
        put(w, skip, "B_COSTPX", FieldType.NUMERIC, v.orderCostPrice());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
