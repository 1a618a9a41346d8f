package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.ArticleGroup;
import java.util.Map;
import java.util.Set;

/** Maps {@link ArticleGroup} to and from rows of {@code ART_GRP}. Generated from the field table of the spec. */
public final class ArticleGroupMapping implements FieldMapping<ArticleGroup> {
    /** The single instance. */
    public static final ArticleGroupMapping INSTANCE = new ArticleGroupMapping();
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("code", "AG_CODE"),
            Map.entry("description", "AG_DESC"));
    /** Upper-case codes of the mapped fields; every other field of a row read goes to extra. */
    private static final Set<String> MAPPED = Set.copyOf(CODES.values());

    private ArticleGroupMapping() {
    }

    @Override
    public String table() {
        return "ART_GRP";
    }

    @Override
    public String keyField() {
        return "AG_CODE";
    }

    @Override
    public ArticleGroup read(Row row) {
        ArticleGroup.Builder b = ArticleGroup.builder()
                .code(row.string("AG_CODE"))
                .description(row.string("AG_DESC"));
        RowCopy.unmapped(row, MAPPED, b::extra);
        return b.build();
    }

    @Override
    public WriteRow write(ArticleGroup v, Set<String> skip) {
        WriteRow.Builder w = WriteRow.builder();
        put(w, skip, "AG_CODE", FieldType.CHARACTER, v.code());
        put(w, skip, "AG_DESC", FieldType.CHARACTER, v.description());
        RowCopy.copy(v.customFields(), w);
        return w.build();
    }

    @Override
    public Map<String, String> propertyCodes() {
        return CODES;
    }
}
