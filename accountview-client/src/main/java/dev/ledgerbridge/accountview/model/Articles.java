package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Articles ({@code AK1}/{@code ARTICLE}) of one company. Whether an administration accepts article writes is
 * shown by the business-object catalogue ({@code InsertAllowed}/{@code UpdateAllowed}); stock fields are never
 * written.
 */
public interface Articles extends WritableObjects<Article> {
    /**
     * The article with this code ({@code ART_CODE}).
     *
     * @param code article code
     * @return the article, or empty
     */
    default Optional<Article> byCode(String code) {
        return first(Filter.equal("ART_CODE", code));
    }

    /**
     * Articles changed on or after {@code since} ({@code CNG_DATE}), for incremental sync.
     *
     * <p>A {@code LocalDateTime}, not an {@code Instant}: {@code CNG_DATE} is the administration's local wall-clock
     * time without a zone, so only the caller knows the zone to
     * convert in; the sync connector does so with its {@code zone} setting (default {@code Europe/Amsterdam}).
     *
     * @param since the watermark, AccountView local time
     * @return the articles, lazily
     */
    default PagedIterable<Article> changedSince(LocalDateTime since) {
        return where(Filter.onOrAfter("CNG_DATE", since));
    }
}
