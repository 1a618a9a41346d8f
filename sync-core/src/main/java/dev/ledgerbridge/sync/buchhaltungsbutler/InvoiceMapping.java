package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType;
import dev.ledgerbridge.buchhaltungsbutler.model.PriceType;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptType;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;

/**
 * Canonical order -> {@code /invoices/create} document, and outbound receipt -> header-only order. The order's
 * reference becomes the invoice number, the only field of an invoice that can be found again (receipts filter
 * {@code invoicenumber}).
 */
final class InvoiceMapping {
    private final String unit;
    private final BigDecimal defaultVatPercent;

    InvoiceMapping(String unit, BigDecimal defaultVatPercent) {
        this.unit = unit;
        this.defaultVatPercent = defaultVatPercent;
    }

    InvoiceCreate toInvoice(Order o) {
        if (o.currency() != null && !o.currency().equals("EUR")) {
            throw new IllegalArgumentException("currency '" + o.currency() + "': BuchhaltungsButler invoices have "
                    + "no currency parameter and are EUR only");
        }
        if (o.lines().isEmpty()) {
            throw new IllegalArgumentException("order has no lines; a BuchhaltungsButler invoice needs at least one");
        }
        Customer c = o.customer();
        String recipient = c == null ? null : c.displayName();
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("order has no customer name; BuchhaltungsButler needs company_name "
                    + "(the recipient)");
        }
        Address a = o.billingAddress() != null ? o.billingAddress() : c.billingAddress();
        InvoiceCreate.Builder b = InvoiceCreate.builder()
                .type(type(o.type()))
                .pricesType(o.pricesIncludeTax() ? PriceType.GROSS : PriceType.NET)
                .companyName(recipient)
                .contactPersonName(c.isCompany() ? c.contactPerson() : null)
                .email(c.email())
                .customerNumber(o.customerId())
                .date(o.date())
                .dueDays(o.dueDays())
                .paymentConditions(o.paymentTerm())
                .invoiceNumber(o.reference()); // the reference is how a rerun finds the invoice again
        if (a != null) {
            String street = a.street() == null ? a.houseNumber()
                    : a.houseNumber() == null ? a.street() : a.street() + " " + a.houseNumber();
            b.street(street).zip(a.postcode()).city(a.city()).country(a.country());
        }
        for (int i = 0; i < o.lines().size(); i++) {
            b.addLine(line(o.lines().get(i), i + 1));
        }
        return b.build();
    }

    private InvoiceLine line(OrderLine l, int number) {
        BigDecimal vat = l.taxRate() != null ? l.taxRate() : defaultVatPercent;
        if (vat == null) {
            throw new IllegalArgumentException("line " + number + ": no tax rate; BuchhaltungsButler needs item_vat "
                    + "(or configure defaultVatPercent on the connector)");
        }
        String name = l.description() == null || l.description().isBlank() ? l.sku() : l.description();
        return InvoiceLine.builder().name(name).description("Art.-Nr. " + l.sku()).quantity(l.quantity())
                .unit(unit).unitPrice(l.unitPrice()).vatPercent(vat).build();
    }

    private static InvoiceType type(OrderType type) {
        return switch (type) {
            case INVOICE -> InvoiceType.INVOICE;
            case CREDIT_NOTE -> InvoiceType.CREDIT;
            case OFFER -> InvoiceType.OFFER;
            case SALES_ORDER -> throw new IllegalArgumentException("BuchhaltungsButler has no sales orders; it "
                    + "creates invoices, credit notes and offers");
        };
    }

    /** An outbound receipt as a header-only order: reference, date, type, recipient, gross total, due days. */
    static Order toOrder(Receipt r) {
        String reference = DebtorMapping.blankToNull(r.invoiceNumber());
        Order.Builder b = Order.builder()
                .reference(reference != null ? reference : "BB-receipt-" + r.id())
                .externalReference(reference) // this SDK writes its provenance marker as the invoice number
                .date(r.date())
                .type(orderType(r.type()))
                .pricesIncludeTax(true)
                .totalGross(r.amount())
                .currency("EUR");
        String recipient = DebtorMapping.blankToNull(r.counterparty());
        if (recipient != null) {
            b.customer(Customer.builder().companyName(recipient).build());
        }
        if (r.date() != null && r.dueDate() != null) {
            b.dueDays((int) ChronoUnit.DAYS.between(r.date(), r.dueDate()));
        }
        return b.build();
    }

    private static OrderType orderType(ReceiptType type) {
        if (ReceiptType.CREDIT_OUTBOUND.equals(type)) {
            return OrderType.CREDIT_NOTE;
        }
        if (type != null && type.value().startsWith("offer")) {
            return OrderType.OFFER;
        }
        return OrderType.INVOICE;
    }
}
