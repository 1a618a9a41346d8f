package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.INVOICES_CREATE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.INVOICES_CREATE_DRAFT;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.INVOICES_CREATE_E_INVOICE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.InvoiceService;
import dev.ledgerbridge.buchhaltungsbutler.model.CreatedInvoice;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import java.util.List;
import java.util.function.Function;

/** Invoices over {@code /invoices/create*}: lines become the API's parallel item arrays of equal length. */
public final class InvoiceServiceImpl implements InvoiceService {
    private final ApiCaller api;

    public InvoiceServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public CreatedInvoice create(InvoiceCreate invoice) {
        Checks.Collector c = Checks.on(INVOICES_CREATE).bean("", invoice);
        eachLine(invoice, (i, line) -> {
            if (line.vatPercent() == null) {
                c.add("lines[" + i + "].vatPercent", null, "is required (e-invoices use taxType instead)");
            }
        });
        c.throwIfAny();
        ObjectNode body = commonBody(invoice);
        body.set("item_vat", strings(invoice.lines(), l -> PlainStringSerializer.text(l.vatPercent())));
        return ApiCaller.convert(api.call(INVOICES_CREATE, body), CreatedInvoice.class, INVOICES_CREATE);
    }

    @Override
    public CreatedInvoice createEInvoice(InvoiceCreate invoice) {
        return createEInvoice(invoice, "0");
    }

    @Override
    public CreatedInvoice createEInvoice(InvoiceCreate invoice, String buyerReference) {
        Checks.Collector c = Checks.on(INVOICES_CREATE_E_INVOICE).bean("", invoice)
                .notBlank("buyerReference", buyerReference);
        if (invoice != null) {
            c.notBlank("street", invoice.street()).notBlank("zip", invoice.zip()).notBlank("city", invoice.city())
                    .notBlank("country", invoice.country()).notBlank("email", invoice.email());
        }
        eachLine(invoice, (i, line) -> {
            if (line.taxType() == null) {
                c.add("lines[" + i + "].taxType", null, "is required for e-invoices");
            }
        });
        c.throwIfAny();
        ObjectNode body = commonBody(invoice);
        body.set("item_tax_type", strings(invoice.lines(), l -> l.taxType().wire()));
        body.set("item_tax_amount", strings(invoice.lines(),
                l -> l.taxPercent() == null ? "0" : PlainStringSerializer.text(l.taxPercent())));
        body.put("e_invoice_id", buyerReference);
        return ApiCaller.convert(api.call(INVOICES_CREATE_E_INVOICE, body), CreatedInvoice.class,
                INVOICES_CREATE_E_INVOICE);
    }

    @Override
    public void createDraft(InvoiceCreate invoice) {
        Checks.Collector c = Checks.on(INVOICES_CREATE_DRAFT).bean("", invoice);
        if (invoice != null) {
            if (invoice.invoiceNumber() != null) {
                c.add("invoiceNumber", invoice.invoiceNumber(), "must be unset for drafts (they get no number)");
            }
            if (invoice.dueDays() != null) {
                c.add("dueDays", invoice.dueDays(), "must be unset for drafts");
            }
            if (invoice.paymentReference() != null) {
                c.add("paymentReference", invoice.paymentReference(), "must be unset for drafts");
            }
        }
        eachLine(invoice, (i, line) -> {
            if (line.vatPercent() == null) {
                c.add("lines[" + i + "].vatPercent", null, "is required");
            }
        });
        c.throwIfAny();
        ObjectNode body = commonBody(invoice);
        body.set("item_vat", strings(invoice.lines(), l -> PlainStringSerializer.text(l.vatPercent())));
        api.call(INVOICES_CREATE_DRAFT, body);
    }

    private interface LineCheck {
        void check(int index, InvoiceLine line);
    }

    private static void eachLine(InvoiceCreate invoice, LineCheck check) {
        if (invoice == null || invoice.lines() == null) {
            return;
        }
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null) {
                check.check(i, lines.get(i));
            }
        }
    }

    private static ObjectNode commonBody(InvoiceCreate invoice) {
        ObjectNode body = ApiCaller.mapper().valueToTree(invoice);
        List<InvoiceLine> lines = invoice.lines();
        body.set("item_name", strings(lines, InvoiceLine::name));
        body.set("item_amount", strings(lines, l -> PlainStringSerializer.text(l.quantity())));
        body.set("item_unit", strings(lines, InvoiceLine::unit));
        body.set("item_single_price", strings(lines, l -> PlainStringSerializer.text(l.unitPrice())));
        if (lines.stream().anyMatch(l -> l.description() != null)) {
            // arrays must stay parallel: lines without a description get an empty one
            body.set("item_description", strings(lines, l -> l.description() == null ? "" : l.description()));
        }
        return body;
    }

    private static ArrayNode strings(List<InvoiceLine> lines, Function<InvoiceLine, String> value) {
        ArrayNode a = ApiCaller.mapper().createArrayNode();
        lines.forEach(l -> a.add(value.apply(l)));
        return a;
    }

}
