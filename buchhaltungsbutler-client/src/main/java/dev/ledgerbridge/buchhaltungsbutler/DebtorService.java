package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Debtors (customer accounts), paths under {@code /settings} ({@code get/debtors}, {@code add/debtor}, ...). A debtor is identified by its
 * {@code postingaccount_number}; there is no get-by-number, search, delete or modified-since filter,
 * so change detection needs a full {@link #list()} sweep.
 * <p>Writes are not idempotent (the API has no idempotency keys): after a timeout or server error on
 * a write, check the target before repeating it. Before repeating a failed {@link #create}, list the debtors and look for
 * the record by {@code postingaccountNumber}, {@code customerNumber} or name.
 */
public interface DebtorService {
    /**
     * All debtors, fetched lazily page by page with an explicit limit (the client's debtor page
     * size, default 100; the API's own default of 25 is never relied on).
     */
    PagedIterable<Debtor> list();

    /**
     * All debtors, fetched with the given page size.
     *
     * @param pageSize rows per request, at least 1
     */
    PagedIterable<Debtor> list(int pageSize);

    /**
     * The debtors from row {@code offset} of the list on (offset paging, so a row can shift when debtors are added or
     * changed meanwhile), fetched lazily with the given page size: reading only the first page costs one call.
     * The API documents no order; rows come as the server lists them.
     *
     * @param pageSize rows per request, at least 1
     * @param offset   the first row, 0 for the start of the list
     * @throws dev.ledgerbridge.transport.error.RequestValidationException when {@code pageSize} is below 1 or
     *     {@code offset} below 0
     */
    PagedIterable<Debtor> list(int pageSize, int offset);

    /**
     * Creates a debtor ({@code /settings/add/debtor}). Only {@code name} is required; leave
     * {@code postingaccountNumber} unset to get the next free number.
     *
     * @param debtor the fields
     * @return the posting account number of the new debtor, as the API assigned (or confirmed) it; a success always
     *         has one
     */
    long create(DebtorFields debtor);

    /**
     * Creates several debtors in one call ({@code /settings/add-batch/debtors}); draws from the
     * batch rate limit (one call per 5 s by default). Check {@link BatchResult#errors()}: items can
     * fail while the call succeeds. Note the API's batch item schema lists no {@code email}.
     *
     * @param debtors at least one
     */
    BatchResult createBatch(List<DebtorFields> debtors);

    /**
     * Updates a debtor ({@code /settings/update/debtor}). Fields left unset are not sent; whether
     * the server keeps them is undocumented, so send every field
     * ({@link DebtorFields#from(Debtor)} of the current record, then change what differs).
     *
     * @param postingaccountNumber the debtor's number (sent as an integer)
     * @param changes              the fields; a {@code postingaccountNumber} in it must be equal or unset
     * @return the updated debtor as the server returns it
     * @throws dev.ledgerbridge.transport.error.NotFoundException when no debtor has that number
     */
    Debtor update(long postingaccountNumber, DebtorFields changes);
}
