package dev.ledgerbridge.examples.readme;

// readme:start flow-test
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import java.time.Duration;
import static org.junit.jupiter.api.Assertions.assertEquals;

// readme:end flow-test

import dev.ledgerbridge.testkit.Fault;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** README: "Testing your own flows with the emulators" (run here) and "Emulators (sync-testkit)". */
class EmulatorSnippets {

    @Test
    void customerFromBuchhaltungsButlerArrivesInAccountView() {
        // readme:start flow-test
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                     .batchInterval(Duration.ZERO).start();   // or keep the real limits with a ManualClock
             AccountViewEmulator av = AccountViewEmulator.start()) {
            bb.tenant().addDebtor("Bäckerei Wolf", "info@baeckerei-wolf.example");
            av.company().addDebtor("Jansen B.V.", "info@jansen.example");

            Connector bbConnector = BuchhaltungsButlerConnector.builder()
                    .client(EmulatorClients.buchhaltungsButler(bb)).build();
            Connector avConnector = AccountViewConnector.builder(EmulatorClients.accountViewCompany(av)).build();
            SyncReport report = SyncEngine.builder().stateStore(new InMemoryStateStore()).build()
                    .run(SyncFlows.customers(bbConnector, avConnector).build());

            assertEquals(1, report.count(Action.CREATED));
            assertEquals(1, av.requestCount("POST /accountviewdata AR1"));   // assert on the wire, not only the report
            assertEquals("info@baeckerei-wolf.example", av.company().rows("CONTACT").get(1).get("MAIL_BUS"));
        }
        // readme:end flow-test
    }

    /** Compiled only: the assertion stands for what a flow run in its place would have written. */
    void emulatorsTour() {
        // readme:start emulators
        try (var bb = BuchhaltungsButlerEmulator.start(); var av = AccountViewEmulator.start()) {
            bb.tenant().addDebtor(Map.of("name", "Musterkunde GmbH", "email", "rechnung@example.invalid"));
            av.company().insert("AK1", Map.of("ART_CODE", "ART-1001", "ART_DESC1", "Schroef 4x40", "QTY_AVAIL", 120));
            // clients in one line: EmulatorClients.buchhaltungsButler(bb), EmulatorClients.accountViewCompany(av)
            // (sync-testkit-clients); by hand: bb.baseUrl(), av.baseUrl() (not av.webApiUrl(), which is for raw HTTP)
            bb.faults().failRate("POST /invoices/create", Fault.SERVER_ERROR, 0.1).seed(7);
            // ... run your flow ...
            assertEquals(1, bb.requestCount("POST /settings/add/debtor"));
        }
        // readme:end emulators
    }
}
