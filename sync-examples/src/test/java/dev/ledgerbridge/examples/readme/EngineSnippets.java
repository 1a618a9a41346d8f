package dev.ledgerbridge.examples.readme;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import java.math.BigDecimal;
import java.nio.file.Path;

/** sync-core/README.md: the engine with both connectors. Compiled only: it keeps its state in ./state. */
final class EngineSnippets {

    /** Where the snippet sends its alerts. */
    interface Alerts {
        void send(String message);
    }

    private EngineSnippets() {
    }

    static void bothDirections(CompanyClient avCompany, BuchhaltungsButlerClient bbClient, Alerts alerts) {
        // readme:start engine
        Connector av = AccountViewConnector.builder(avCompany).build();
        Connector bb = BuchhaltungsButlerConnector.builder().client(bbClient)
                .defaultVatPercent(new BigDecimal("19")).build();             // AccountView order lines carry no VAT
        try (JdbcStateStore state = JdbcStateStore.h2File(Path.of("state/ledgerbridge"))) {
            SyncEngine engine = SyncEngine.builder()
                    .settings(Settings.builder()
                            .paymentTerm("14", "14 Tage netto", 14)
                            .headerOnlyLine("8000", "Rechnung laut BuchhaltungsButler", new BigDecimal("19"))
                            .defaultDebtor("10000")                           // BB invoices carry no e-mail to match
                            .build())
                    .stateStore(state)                                        // its activity log comes with it
                    .failureNotifier(result -> alerts.send(result.toString()))
                    .build();
            SyncReport report = engine.run(
                    SyncFlows.customers(av, bb).build(),
                    SyncFlows.orders(av, bb).productCatalog(av).build(),      // sales orders -> invoices
                    SyncFlows.orders(bb, av).productCatalog(av).build());     // outbound invoices -> sales orders
            System.out.println(report);
        }
        // readme:end engine
    }
}
