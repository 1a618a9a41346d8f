package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.Filter;
import java.util.Optional;

/** Article groups ({@code AG1}/{@code ART_GRP}) of one company. */
public interface ArticleGroups extends WritableObjects<ArticleGroup> {
    /**
     * The group with this code ({@code AG_CODE}).
     *
     * @param code group code
     * @return the group, or empty
     */
    default Optional<ArticleGroup> byCode(String code) {
        return first(Filter.equal("AG_CODE", code));
    }
}
