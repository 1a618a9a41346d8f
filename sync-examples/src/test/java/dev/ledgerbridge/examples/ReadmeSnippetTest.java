package dev.ledgerbridge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;

/** The README's "Testing your own flows with the emulators" snippet, verbatim, so it keeps compiling and passing. */
class ReadmeSnippetTest {

    @Test
    void customerFromBuchhaltungsButlerArrivesInAccountView() {
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
    }
}
