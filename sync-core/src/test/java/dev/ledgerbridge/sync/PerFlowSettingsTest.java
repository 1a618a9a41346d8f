package dev.ledgerbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.SalesOrderLine;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.InvoiceItem;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each flow may bring its own settings; the engine-wide ones stay the engine's. */
class PerFlowSettingsTest {
    @Test
    void oneEngineRunsBothOrderDirectionsEachWithItsOwnDefaultDebtor() {
        try (AccountViewEmulator avEmulator = AccountViewEmulator.start();
             BuchhaltungsButlerEmulator bbEmulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                     .batchInterval(Duration.ZERO).start()) {
            var company = avEmulator.company();
            company.addArticle("1001", "Hamer", new BigDecimal("12.50"), 10);
            company.addArticle("8000", "Factuur BuchhaltungsButler", BigDecimal.ZERO, 0);
            String avCollective = company.addDebtor("10900", "Kassa AccountView", null);
            String noEmail = company.addDebtor("10003", "Piet Zonder Mail", null);
            company.addSalesOrder(noEmail, LocalDate.parse("2026-11-20"), SalesOrderLine.of("1001", 2, "12.5"));
            String bbCollective = bbEmulator.tenant().addDebtor("Laufkundschaft", null);
            bbEmulator.tenant().addInvoice("RE-2026-001", "Schmidt Handel GmbH", LocalDate.parse("2026-11-21"),
                    InvoiceItem.of("Beratung", 1, "119.00", 19)); // receipts name no e-mail
            AccountViewConnector av = AccountViewConnector.builder(EmulatorClients.accountViewCompany(avEmulator))
                    .build();
            BuchhaltungsButlerConnector bb = BuchhaltungsButlerConnector.builder()
                    .client(EmulatorClients.buchhaltungsButler(bbEmulator))
                    .defaultVatPercent(new BigDecimal("19")).build(); // AccountView's lines carry no VAT rate
            Settings engineSettings = Settings.builder().escalateAfterFailures(3).build();
            SyncEngine engine = SyncEngine.builder().settings(engineSettings).stateStore(new InMemoryStateStore())
                    .build();

            SyncReport report = engine.run(
                    SyncFlows.orders(av, bb).name("orders-av-bb").productCatalog(av)
                            .settings(engineSettings.toBuilder().defaultDebtor(bbCollective).build()).build(),
                    SyncFlows.orders(bb, av).name("orders-bb-av").productCatalog(av)
                            .settings(Settings.builder().defaultDebtor(avCollective)
                                    .headerOnlyLine("8000", "Rechnung laut BuchhaltungsButler", new BigDecimal("19"))
                                    .build()).build());

            report.flows().forEach(f -> assertTrue(f.failures().isEmpty(), f.flow() + ": " + f.failures()));
            Map<String, Object> invoice = bbEmulator.tenant().invoices().stream()
                    .filter(i -> String.valueOf(i.get("invoicenumber")).startsWith("AV-")).findFirst().orElseThrow();
            assertEquals(bbCollective, invoice.get("customer_number"), "BB's collective debtor: " + invoice);
            List<Map<String, Object>> salesOrders = company.rows("SO_HDR");
            assertEquals(2, salesOrders.size(), salesOrders.toString());
            assertEquals(avCollective, String.valueOf(salesOrders.get(1).get("RPL_INV")).trim(),
                    "AccountView's collective debtor: " + salesOrders);
        }
    }

    private static InMemoryConnector ledgerWithoutCustomers() {
        return new InMemoryConnector("Ledger", Capabilities.builder()
                .entity(EntityType.ORDER, Capability.READ, Capability.CREATE).writableOrderTypes(OrderType.INVOICE)
                .build());
    }

    @Test
    void theConfigurationCheckUsesTheFlowsOwnSettings() {
        InMemoryConnector shop = Systems.accountView();
        SyncEngine withDebtor = SyncEngine.builder().stateStore(new InMemoryStateStore())
                .settings(Settings.builder().defaultDebtor("D1").build()).build();
        SyncEngine without = SyncEngine.builder().stateStore(new InMemoryStateStore()).build();

        SyncConfigurationException e = assertThrows(SyncConfigurationException.class, () -> withDebtor.run(
                SyncFlows.orders(shop, ledgerWithoutCustomers()).name("o")
                        .settings(Settings.builder().build()).build()));
        assertTrue(e.problems().get(0).contains("no default debtor is configured"), e.problems().toString());

        without.run(SyncFlows.orders(shop, ledgerWithoutCustomers()).name("o")
                .settings(Settings.builder().defaultDebtor("D1").build()).build());
    }

    @Test
    void anEngineWideSettingOfAFlowThatDiffersFromTheEnginesIsRefusedNamingFlowAndSetting() {
        SyncEngine engine = SyncEngine.builder().stateStore(new InMemoryStateStore())
                .settings(Settings.builder().lockLease(Duration.ofMinutes(5)).build()).build();
        InMemoryConnector shop = Systems.accountView();
        InMemoryConnector ledger = Systems.buchhaltungsButler();

        SyncConfigurationException e = assertThrows(SyncConfigurationException.class, () -> engine.run(
                SyncFlows.customers(shop, ledger).name("c")
                        .settings(Settings.builder().lockLease(Duration.ofMinutes(1)).dryRun(true).build()).build()));

        assertEquals(List.of(
                "flow 'c': its settings set lockLease = PT1M, but lockLease is engine-wide (the engine's is PT5M); "
                        + "set it in SyncEngine.builder().settings(...) or leave it unset in the flow's settings",
                "flow 'c': its settings set dryRun = true, but dryRun is engine-wide (the engine's is false); "
                        + "set it in SyncEngine.builder().settings(...) or leave it unset in the flow's settings"),
                e.problems());
        assertTrue(shop.calls().isEmpty() && ledger.calls().isEmpty());
        // left unset, or equal to the engine's (derived from them), they are simply the engine's
        engine.run(SyncFlows.customers(shop, ledger).name("c").settings(Settings.builder().build()).build());
        engine.run(SyncFlows.customers(shop, ledger).name("c2")
                .settings(engine.settings().toBuilder().batchSize(10).build()).build());
    }
}
