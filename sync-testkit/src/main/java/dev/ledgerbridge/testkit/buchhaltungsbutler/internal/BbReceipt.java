package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/** One receipt (Beleg) of a tenant; invoices created through the API become outbound receipts. */
final class BbReceipt {
    long id;
    String type;
    boolean offer;
    String filename;
    LocalDate date;
    LocalDate deliveryDate;
    LocalDate uploaded;
    String counterparty;
    String invoiceNumber;
    BigDecimal amount;
    String currency = "EUR";
    BigDecimal vat;
    LocalDate paymentDate;
    LocalDate dueDate;
    String account;
    String paymentReference;
    Long linkedReceipt;
    Long creditorDebtor;
    boolean deleted;
    Instant modified;

    boolean outbound() {
        return type.endsWith("outbound");
    }

    /** The 16 fields of a {@code /receipts/get} row, in live order. */
    ObjectNode listRow() {
        ObjectNode row = Json.object();
        row.put("filename", filename);
        row.put("id_by_customer", Long.toString(id));
        row.put("type", type);
        row.put("date", str(date));
        row.put("delivery_date", str(deliveryDate));
        row.put("date_uploaded", str(uploaded));
        row.put("counterparty", counterparty);
        row.put("invoicenumber", invoiceNumber);
        row.put("amount", money(amount));
        row.put("payment_date", str(paymentDate));
        row.put("due_date", str(dueDate));
        row.put("account", account);
        row.put("amount_paid", "0.00");
        row.put("amount_paid_fixed", "0.00");
        row.put("deleted", deleted ? "1" : "0");
        row.put("link_to_receipt_id_by_customer", linkedReceipt == null ? null : linkedReceipt.toString());
        return row;
    }

    /** The 23 fields of {@code /receipts/get/{id}} (names differ from the list: date_delivery, date_payment_due). */
    ObjectNode detail(boolean withFile) {
        ObjectNode d = Json.object();
        d.put("filename", filename);
        d.put("id_by_customer", Long.toString(id));
        d.put("date", str(date));
        d.put("counterparty", counterparty);
        d.put("invoicenumber", invoiceNumber);
        d.put("amount", money(amount));
        d.put("amount_original", money(amount));
        d.put("currency", "EUR");
        d.put("currency_original", currency);
        d.put("exchangerate", "1.0000");
        d.put("vat", vat == null ? null : vat.setScale(2, RoundingMode.HALF_UP).toPlainString());
        d.put("payment_date", str(paymentDate));
        d.put("account", account);
        d.put("type", type);
        d.put("e_invoice_type", 0);
        d.put("list_direction", outbound() ? "outbound" : "inbound");
        d.put("payment_reference", paymentReference);
        d.put("date_delivery", str(deliveryDate));
        d.put("date_payment_due", str(dueDate));
        d.put("link_to_receipt_id_by_customer", linkedReceipt == null ? null : linkedReceipt.toString());
        d.put("deleted", deleted ? "1" : "0");
        d.put("amount_paid", "0.00");
        d.put("amount_paid_fixed", "0.00");
        if (withFile) {
            String pdf = "%PDF-1.4\n% emulated receipt " + id + " " + invoiceNumber + "\n%%EOF\n";
            d.put("file_content", Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.UTF_8)));
            d.put("file_type", "pdf");
        }
        return d;
    }

    static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
