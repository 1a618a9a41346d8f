package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing invoices, credit notes and offers, {@code /invoices/create*}. Create only: the API
 * cannot list, read, change or cancel them; a created invoice appears as an outbound receipt
 * ({@link ReceiptService#list(ReceiptQuery)} with {@code direction(OUTBOUND)}, offers only with
 * {@code includeOffers(true)}). Lines are sent as the API's parallel {@code item_*} arrays.
 *
 * <p>Creating is not idempotent: a repeated call makes a second invoice with a new number. After a
 * timeout or server error, look for the invoice with
 * {@code receipts().list(ReceiptQuery.builder().direction(OUTBOUND).invoiceNumber(n).build())} (when
 * you set the number) or by counterparty and date before repeating.
 */
public interface InvoiceService {
    /**
     * Creates a numbered invoice, credit note or offer with a PDF ({@code /invoices/create}).
     * Every line needs {@code vatPercent}.
     *
     * @param invoice the document
     * @return id of the resulting receipt, number and file name
     * @throws dev.ledgerbridge.transport.error.QuotaExceededException when the plan's limit is reached (code 33)
     */
    CreatedInvoice create(InvoiceCreate invoice);

    /**
     * Creates an XRechnung/ZUGFeRD e-invoice without buyer reference ({@code e_invoice_id} "0").
     *
     * @param invoice the document; street, zip, city, country, e-mail and each line's {@code taxType} required
     */
    CreatedInvoice createEInvoice(InvoiceCreate invoice);

    /**
     * Creates an XRechnung/ZUGFeRD e-invoice ({@code /invoices/create/e-invoice}).
     *
     * @param invoice        the document; street, zip, city, country, e-mail and each line's {@code taxType} required
     * @param buyerReference buyer reference or Leitweg-ID, "0" if none
     */
    CreatedInvoice createEInvoice(InvoiceCreate invoice, String buyerReference);

    /**
     * Creates an editable draft in the web app ({@code /invoices/create/draft}). The API returns no
     * id and drafts cannot be read back. {@code invoiceNumber}, {@code dueDays} and
     * {@code paymentReference} must be unset.
     *
     * @param invoice the document
     */
    void createDraft(InvoiceCreate invoice);
}
