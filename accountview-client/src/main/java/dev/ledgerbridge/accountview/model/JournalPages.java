package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.Filter;
import java.util.Optional;

/**
 * Journal pages of one company: read through {@code DJ2P}, inserted through {@code DJ2}. Posted pages cannot be
 * updated; check {@link #byInvoiceNumber(String)} before inserting to avoid duplicates.
 */
public interface JournalPages extends ReadableObjects<JournalPage> {
    /**
     * Inserts a page with its lines.
     *
     * @param page the page
     * @return the page as echoed (e.g. with {@code INV_NR}), or {@code page}
     */
    JournalPage insert(JournalPage page);

    /**
     * The page with this document/invoice number ({@code INV_NR}).
     *
     * @param invoiceNumber the number
     * @return the page, or empty
     */
    default Optional<JournalPage> byInvoiceNumber(String invoiceNumber) {
        return first(Filter.equal("INV_NR", invoiceNumber));
    }
}
