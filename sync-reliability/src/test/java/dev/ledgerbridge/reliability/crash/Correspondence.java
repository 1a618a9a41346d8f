package dev.ledgerbridge.reliability.crash;

import java.util.Locale;
import java.util.Optional;

/**
 * How a record in one system is recognised as the copy of a record in the other: the one place to adapt when the
 * engine's references change.
 * <ul>
 *   <li>a BuchhaltungsButler invoice written from AccountView sales order {@code N} carries invoice number
 *   {@code AV-N} (today the engine writes {@code N});</li>
 *   <li>an AccountView sales order written from BuchhaltungsButler invoice number {@code R} carries {@code BB-R} in
 *   its reference field {@code COMMENT1} (today the engine writes {@code R});</li>
 *   <li>a BuchhaltungsButler debtor corresponds to the AccountView debtor with the same e-mail (case-insensitive),
 *   or, for a debtor without e-mail, the same customer number ({@code DEB_NR} / {@code customer_number}) and
 *   name.</li>
 * </ul>
 * Both the prefixed and the plain form are accepted while {@link #PREFIXED_ONLY} is false (the default);
 * {@code -Dledgerbridge.crash.prefixedOnly=true} (or changing the constant) accepts only {@code AV-N} and
 * {@code BB-R}, once the engine writes them. The seeded invoice numbers ({@code RE-2026-0001}..) and order comments
 * ({@code Bestellung 7}) can never be taken for an order number, so accepting both forms is unambiguous.
 */
final class Correspondence {
    static final String FROM_ACCOUNTVIEW = "AV-";
    static final String FROM_BUCHHALTUNGSBUTLER = "BB-";
    /** Switch to true (or set the system property) when the engine writes only prefixed references. */
    static final boolean PREFIXED_ONLY = !"false".equals(System.getProperty("ledgerbridge.crash.prefixedOnly"));

    private Correspondence() {
    }

    /** The AccountView sales order number a BuchhaltungsButler invoice number refers to. */
    static Optional<String> accountViewOrderOf(String invoiceNumber) {
        return strip(invoiceNumber, FROM_ACCOUNTVIEW);
    }

    /** The BuchhaltungsButler invoice number an AccountView sales order's reference ({@code COMMENT1}) refers to. */
    static Optional<String> buchhaltungsButlerInvoiceOf(String reference) {
        return strip(reference, FROM_BUCHHALTUNGSBUTLER);
    }

    private static Optional<String> strip(String value, String prefix) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.startsWith(prefix)) {
            return Optional.of(v.substring(prefix.length()));
        }
        return PREFIXED_ONLY ? Optional.empty() : Optional.of(v);
    }

    /** The key under which AccountView and BuchhaltungsButler debtors correspond. */
    static String customerKey(String email, String customerNumber, String name) {
        if (email != null && !email.isBlank()) {
            return "e-mail " + email.trim().toLowerCase(Locale.ROOT);
        }
        return "no e-mail, customer number " + blankToDash(customerNumber) + ", name " + blankToDash(name);
    }

    private static String blankToDash(String s) {
        return s == null || s.isBlank() ? "-" : s.trim();
    }
}
