package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Debtors ({@code AR1}/{@code CONTACT}) of one company. */
public interface Debtors extends WritableObjects<Debtor> {
    /**
     * The debtor with this number ({@code SUB_NR}).
     *
     * @param number debtor number
     * @return the debtor, or empty
     */
    default Optional<Debtor> byNumber(String number) {
        return first(Filter.equal("SUB_NR", number));
    }

    /**
     * Debtors whose business e-mail ({@code MAIL_BUS}) equals {@code email}; several debtors may share one.
     *
     * @param email the e-mail address
     * @return the debtors, possibly empty
     */
    default List<Debtor> byEmail(String email) {
        return where(Filter.equal("MAIL_BUS", email)).stream().toList();
    }

    /**
     * Debtors changed on or after {@code since} ({@code CNG_DATE} {@code DateOnOrAfterDate}), for incremental sync.
     *
     * <p>A {@code LocalDateTime}, not an {@code Instant}: {@code CNG_DATE} is the administration's local wall-clock
     * time without a zone, so only the caller knows the zone to
     * convert in; the sync connector does so with its {@code zone} setting (default {@code Europe/Amsterdam}).
     *
     * @param since the watermark, AccountView local time
     * @return the debtors, lazily
     */
    default PagedIterable<Debtor> changedSince(LocalDateTime since) {
        return where(Filter.onOrAfter("CNG_DATE", since));
    }
}
