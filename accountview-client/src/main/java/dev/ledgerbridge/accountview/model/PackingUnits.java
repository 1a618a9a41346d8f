package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.Filter;
import java.util.List;

/** Packing units ({@code PCK}/{@code ART_PACK}) of one company; read-only. */
public interface PackingUnits extends ReadableObjects<PackingUnit> {
    /**
     * The packing units of an article (filter on {@code art_pack.art_code}).
     *
     * @param articleCode the article code
     * @return the packing units, possibly empty
     */
    default List<PackingUnit> ofArticle(String articleCode) {
        return where(Filter.equal("ART_PACK.ART_CODE", articleCode)).stream().toList();
    }
}
