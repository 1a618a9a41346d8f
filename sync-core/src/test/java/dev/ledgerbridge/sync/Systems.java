package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.EntityType;
import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.ledgerbridge.sync.spi.Capability.BATCH_CREATE;
import static dev.ledgerbridge.sync.spi.Capability.CREATE;
import static dev.ledgerbridge.sync.spi.Capability.ORDER_LINES;
import static dev.ledgerbridge.sync.spi.Capability.READ;
import static dev.ledgerbridge.sync.spi.Capability.READ_CHANGES;
import static dev.ledgerbridge.sync.spi.Capability.UPDATE;

/** In-memory stand-ins declaring what design.md says each API can do. */
final class Systems {
    private Systems() {
    }

    /** BuchhaltungsButler: debtors list/add/add-batch/update, no search; invoices create-only, headers readable. */
    static InMemoryConnector buchhaltungsButler() {
        return new InMemoryConnector("BuchhaltungsButler", Capabilities.builder()
                .entity(EntityType.CUSTOMER, READ, CREATE, UPDATE, BATCH_CREATE)
                .maxBatchSize(EntityType.CUSTOMER, 50)
                .entity(EntityType.ORDER, READ, CREATE)
                .searchKeys(EntityType.ORDER, "reference")
                .writableOrderTypes(OrderType.INVOICE, OrderType.CREDIT_NOTE, OrderType.OFFER)
                .note(EntityType.PRODUCT, "BuchhaltungsButler's API has no products")
                .build()).referencePrefix("BB-");
    }

    /** AccountView: debtors searchable by e-mail with CNG_DATE, articles, groups, stock, sales orders with lines. */
    static InMemoryConnector accountView() {
        return new InMemoryConnector("AccountView", Capabilities.builder()
                .entity(EntityType.CUSTOMER, READ, READ_CHANGES, CREATE, UPDATE)
                .searchKeys(EntityType.CUSTOMER, "email")
                .entity(EntityType.PRODUCT, READ, READ_CHANGES)
                .searchKeys(EntityType.PRODUCT, "sku")
                .entity(EntityType.CATEGORY, READ)
                .entity(EntityType.STOCK, READ, READ_CHANGES)
                .entity(EntityType.ORDER, READ, ORDER_LINES, CREATE)
                .searchKeys(EntityType.ORDER, "reference")
                .writableOrderTypes(OrderType.SALES_ORDER)
                .build()).referencePrefix("AV-");
    }

    /** A webshop without variants or images, with stock per SKU. */
    static InMemoryConnector webshop() {
        return new InMemoryConnector("Webshop", Capabilities.builder()
                .entity(EntityType.PRODUCT, READ, CREATE, UPDATE)
                .searchKeys(EntityType.PRODUCT, "sku")
                .entity(EntityType.CATEGORY, READ, CREATE, UPDATE)
                .entity(EntityType.STOCK, READ, UPDATE)
                .searchKeys(EntityType.STOCK, "sku")
                .build());
    }

    static Customer company(String company, String contact, String email) {
        return Customer.builder().companyName(company).contactPerson(contact).email(email)
                .billingAddress(Address.builder().street("Hauptstraße").houseNumber("1").postcode("10115")
                        .city("Berlin").country("DE").build())
                .build();
    }

    static Customer person(String name, String email) {
        return Customer.builder().contactPerson(name).email(email)
                .billingAddress(Address.builder().street("Keizersgracht").houseNumber("12").postcode("1015 CX")
                        .city("Amsterdam").country("NL").build())
                .build();
    }

    static Product product(String sku, String name) {
        return Product.builder().sku(sku).name(name).price(new BigDecimal("10.00"), false)
                .taxRate(new BigDecimal("19")).currency("EUR").build();
    }

    static Order salesOrder(String reference, Customer customer, OrderLine... lines) {
        Order.Builder b = Order.builder().reference(reference).date(LocalDate.of(2026, 3, 1))
                .type(OrderType.SALES_ORDER).customer(customer).currency("EUR").paymentTerm("14")
                .paymentMethod("BANK");
        for (OrderLine line : lines) {
            b.line(line);
        }
        return b.build();
    }

    static OrderLine line(String sku, String quantity, String price) {
        return OrderLine.builder().sku(sku).description("Article " + sku).quantity(new BigDecimal(quantity))
                .unitPrice(new BigDecimal(price)).taxRate(new BigDecimal("19")).build();
    }
}
