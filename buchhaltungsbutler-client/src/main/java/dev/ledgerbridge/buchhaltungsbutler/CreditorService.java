package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Creditors (supplier accounts), paths under {@code /settings} ({@code get/creditors}, {@code add/creditor}, ...). A creditor is identified by its
 * {@code postingaccount_number}; there is no get-by-number, search, delete or modified-since filter,
 * so change detection needs a full {@link #list()} sweep.
 * <p>Writes are not idempotent (the API has no idempotency keys): after a timeout or server error on
 * a write, check the target before repeating it. Before repeating a failed {@link #create}, list the creditors and look for
 * the record by {@code postingaccountNumber} or name.
 */
public interface CreditorService {
    /**
     * All creditors, fetched lazily page by page with an explicit limit (the client's creditor page
     * size, default 100; the API's own default of 25 is never relied on).
     */
    PagedIterable<Creditor> list();

    /**
     * All creditors, fetched with the given page size.
     *
     * @param pageSize rows per request, at least 1
     */
    PagedIterable<Creditor> list(int pageSize);

    /**
     * The creditors from row {@code offset} of the list on (offset paging, so a row can shift when creditors are added or
     * changed meanwhile), fetched lazily with the given page size: reading only the first page costs one call.
     * The API documents no order; rows come as the server lists them.
     *
     * @param pageSize rows per request, at least 1
     * @param offset   the first row, 0 for the start of the list
     * @throws dev.ledgerbridge.transport.error.RequestValidationException when {@code pageSize} is below 1 or
     *     {@code offset} below 0
     */
    PagedIterable<Creditor> list(int pageSize, int offset);

    /**
     * Creates a creditor ({@code /settings/add/creditor}). Only {@code name} is required; leave
     * {@code postingaccountNumber} unset to get the next free number.
     *
     * @param creditor the fields
     * @return the posting account number of the new creditor, as the API assigned (or confirmed) it; a success
     *         always has one
     */
    long create(CreditorFields creditor);

    /**
     * Creates several creditors in one call ({@code /settings/add-batch/creditors}); draws from the
     * batch rate limit (one call per 5 s by default). Check {@link BatchResult#errors()}: items can
     * fail while the call succeeds. 
     *
     * @param creditors at least one
     */
    BatchResult createBatch(List<CreditorFields> creditors);

    /**
     * Updates a creditor ({@code /settings/update/creditor}). Fields left unset are not sent; whether
     * the server keeps them is undocumented, so send every field
     * ({@link CreditorFields#from(Creditor)} of the current record, then change what differs).
     *
     * @param postingaccountNumber the creditor's number (sent as an integer)
     * @param changes              the fields; a {@code postingaccountNumber} in it must be equal or unset
     * @return the updated creditor as the server returns it
     * @throws dev.ledgerbridge.transport.error.NotFoundException when no creditor has that number
     */
    Creditor update(long postingaccountNumber, CreditorFields changes);
}
