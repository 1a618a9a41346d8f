package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Payment accounts (bank, cash, other), {@code /accounts/*}. There is no update or delete. */
public interface PaymentAccountService {
    /** All payment accounts ({@code /accounts/get}; the API does not page this list). */
    List<PaymentAccount> list();

    /**
     * Adds a payment account ({@code /accounts/add}). Not idempotent: before repeating a failed
     * call, {@link #list()} and look for the number.
     *
     * @param account the account
     * @return the posting account number of the new account, as the API assigned it; a success always has one
     */
    long create(PaymentAccountCreate account);
}
