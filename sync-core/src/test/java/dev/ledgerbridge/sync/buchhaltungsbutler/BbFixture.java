package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The BB emulator without its 100/min and 5 s batch limits (so no test waits), a client whose own limits are
 * raised to match and whose clock is manual, and an in-memory AccountView-like system on the other side.
 */
final class BbFixture implements AutoCloseable {
    final BuchhaltungsButlerEmulator emulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
            .batchInterval(Duration.ZERO).start();
    final ManualTimeSource time = new ManualTimeSource(Instant.parse("2026-03-01T08:00:00Z"));
    final BuchhaltungsButlerClient client = BuchhaltungsButlerClient.builder()
            .apiClient(emulator.apiClient()).apiSecret(emulator.apiSecret()).apiKey(emulator.apiKey())
            .baseUrl(emulator.baseUrl()).timeSource(time)
            .rateLimits(RateLimitSettings.builder().requestsPerMinute(100_000).batchInterval(Duration.ofMillis(1))
                    .build())
            .build();
    final InMemoryStateStore state = new InMemoryStateStore();

    BuchhaltungsButlerConnector connector() {
        return connector(b -> b);
    }

    BuchhaltungsButlerConnector connector(UnaryOperator<BuchhaltungsButlerConnector.Builder> options) {
        return options.apply(BuchhaltungsButlerConnector.builder().client(client)).build();
    }

    SyncEngine engine(Settings settings) {
        return SyncEngine.builder().settings(settings).stateStore(state).build();
    }

    SyncEngine engine() {
        return engine(Settings.builder().timeSource(time).build());
    }

    long calls(String path) {
        return emulator.requestCount("POST " + path);
    }

    long totalCalls() {
        return emulator.stats().total();
    }

    void resetCalls() {
        emulator.stats().reset();
    }

    /** AccountView as design.md describes it: debtors searchable by e-mail, articles by SKU, sales orders. */
    static InMemoryConnector accountView() {
        return new InMemoryConnector("AccountView", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE, Capability.UPDATE)
                .searchKeys(EntityType.CUSTOMER, "email")
                .entity(EntityType.PRODUCT, Capability.READ)
                .searchKeys(EntityType.PRODUCT, "sku")
                .entity(EntityType.ORDER, Capability.READ, Capability.ORDER_LINES, Capability.CREATE)
                .searchKeys(EntityType.ORDER, "reference")
                .writableOrderTypes(OrderType.SALES_ORDER)
                .build()).referencePrefix("AV-");
    }

    static Customer company(String company, String contact, String email) {
        return Customer.builder().customerNumber("K-" + contact.length()).companyName(company).contactPerson(contact)
                .email(email).vatId("DE123456789")
                .billingAddress(Address.builder().street("Hauptstraße").houseNumber("1").postcode("10115")
                        .city("Berlin").country("DE").build())
                .build();
    }

    static Customer person(String name, String email) {
        return Customer.builder().contactPerson(name).email(email)
                .billingAddress(Address.builder().street("Keizersgracht").houseNumber("12a").postcode("1015 CX")
                        .city("Amsterdam").country("NL").build())
                .build();
    }

    static Product product(String sku) {
        return Product.builder().sku(sku).name("Article " + sku).price(new BigDecimal("10.00"), false)
                .taxRate(new BigDecimal("19")).currency("EUR").build();
    }

    static Order salesOrder(String reference, Customer customer, OrderLine... lines) {
        Order.Builder b = Order.builder().reference(reference).date(LocalDate.of(2026, 3, 1))
                .type(OrderType.SALES_ORDER).customer(customer).currency("EUR").paymentTerm("14");
        for (OrderLine line : lines) {
            b.line(line);
        }
        return b.build();
    }

    static OrderLine line(String sku, String quantity, String price) {
        return OrderLine.builder().sku(sku).description("Article " + sku).quantity(new BigDecimal(quantity))
                .unitPrice(new BigDecimal(price)).taxRate(new BigDecimal("19")).build();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
