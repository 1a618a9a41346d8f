package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The chart of accounts (paths under {@code /settings} ending in {@code postingaccount(s)}): general-ledger accounts, payment
 * accounts, debtors and creditors.
 * <p>Writes are not idempotent (the API has no idempotency keys): after a timeout or server error on
 * a write, check the target before repeating it.
 */
public interface PostingAccountService {
    /** All accounts, 1000 per request. */
    PagedIterable<PostingAccount> list();

    /**
     * Accounts matching the query.
     *
     * @param query filters, order and page size
     */
    PagedIterable<PostingAccount> list(PostingAccountQuery query);

    /**
     * Adds an account ({@code /settings/add/postingaccount}) that inherits tax and report
     * properties from a standard-chart parent account.
     *
     * @param postingaccountNumber new account number
     * @param name                 account name
     * @param parentPostingaccountNumber standard-chart parent account
     * @return the new account number as the API confirmed it; a success always has one
     */
    long create(long postingaccountNumber, String name, long parentPostingaccountNumber);

    /**
     * Renames an account ({@code /settings/update/postingaccount}); only the name can change.
     *
     * @param postingaccountNumber the account
     * @param name                 new name
     * @return the account as returned (name and number)
     */
    PostingAccount rename(long postingaccountNumber, String name);
}
