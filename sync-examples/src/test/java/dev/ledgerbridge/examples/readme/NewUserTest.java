package dev.ledgerbridge.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API as a new user meets it: both emulators, both clients, a webshop connector of their own, a customers flow
 * and an order flow with its own settings, and assertions on what arrived in the systems.
 */
class NewUserTest {

    // readme:start webshop-connector
    /** The whole custom connector: a webshop whose orders the engine may read. */
    record Webshop(List<Order> orders) implements Connector {
        @Override
        public String name() {
            return "Webshop";
        }

        @Override
        public Capabilities capabilities() {
            return Capabilities.builder().entity(EntityType.ORDER, Capability.READ, Capability.ORDER_LINES).build();
        }

        @Override
        public Entities entities() {
            return Entities.builder().reader(EntityType.ORDER, cursor -> ReadResult.of(
                    orders.stream().map(o -> new Identified<>(o.reference(), o)).toList())).build();
        }
    }
    // readme:end webshop-connector

    private static Order order(String reference, Customer customer) {
        return Order.builder().reference(reference).type(OrderType.SALES_ORDER).date(LocalDate.parse("2026-11-20"))
                .customer(customer).pricesIncludeTax(true)
                .line(OrderLine.builder().sku("1001").description("Tee").quantity(new BigDecimal("2"))
                        .unitPrice(new BigDecimal("9.50")).taxRate(new BigDecimal("19")).build())
                .build();
    }

    @Test
    void customersFromBuchhaltungsButlerAndWebshopOrdersArriveInAccountView() {
        try (BuchhaltungsButlerEmulator bbEmulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                .batchInterval(Duration.ZERO).start();
             AccountViewEmulator avEmulator = AccountViewEmulator.start()) {
            bbEmulator.tenant().addDebtor("Bäckerei Wolf", "info@baeckerei-wolf.example");
            avEmulator.company().addArticle("1001", "Tee", new BigDecimal("7.98"), 100);
            String guests = avEmulator.company().addDebtor("10900", "Webshop Gastkunden", null);

            Connector bb = BuchhaltungsButlerConnector.builder()
                    .client(EmulatorClients.buchhaltungsButler(bbEmulator)).build();
            Connector av = AccountViewConnector.builder(EmulatorClients.accountViewCompany(avEmulator)).build();
            Connector webshop = new Webshop(List.of(
                    order("WS-1", Customer.builder().contactPerson("Anna Berg").email("anna@example.de").build()),
                    order("WS-2", Customer.builder().contactPerson("Gast ohne Konto").build())));

            SyncReport report = SyncEngine.builder().stateStore(new InMemoryStateStore()).build().run(
                    SyncFlows.customers(bb, av).name("customers").build(),
                    SyncFlows.orders(webshop, av).name("orders").productCatalog(av)
                            .settings(Settings.builder().employeeNumber("42").defaultDebtor(guests).build())
                            .build());

            report.flows().forEach(f -> assertTrue(f.failures().isEmpty(), f.flow() + ": " + f.failures()));
            assertEquals(1, report.flow("customers").count(Action.CREATED), report.toString());
            assertEquals(2, report.flow("orders").count(Action.CREATED), report.toString());
            Set<String> emails = avEmulator.company().rows("CONTACT").stream()
                    .map(c -> String.valueOf(c.get("MAIL_BUS")).trim()).collect(Collectors.toSet());
            assertTrue(emails.containsAll(Set.of("info@baeckerei-wolf.example", "anna@example.de")), emails.toString());
            Map<String, Map<String, Object>> salesOrders = avEmulator.company().rows("SO_HDR").stream()
                    .collect(Collectors.toMap(o -> String.valueOf(o.get("COMMENT1")).trim(), o -> o));
            assertEquals(Set.of("WEBSHOP-WS-1", "WEBSHOP-WS-2"), salesOrders.keySet());
            Map<String, Object> guestOrder = salesOrders.get("WEBSHOP-WS-2");
            assertEquals(guests, String.valueOf(guestOrder.get("RPL_INV")).trim(), guestOrder.toString());
            assertEquals("42", String.valueOf(guestOrder.get("EMP_NR")).trim(), guestOrder.toString());
            assertTrue(avEmulator.company().rows("SO_LINE").stream()
                    .allMatch(l -> "1001".equals(String.valueOf(l.get("ART_CODE")).trim())));
        }
    }
}
