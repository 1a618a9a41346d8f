package dev.ledgerbridge.examples.readme;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
// readme:start metrics
import dev.ledgerbridge.micrometer.LedgerbridgeObservations;
import io.micrometer.observation.ObservationRegistry;

// readme:end metrics

import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.state.StateStore;

/** sync-micrometer/README.md: one tenant's engine and clients, observed. Compiled only. */
final class MetricsSnippets {
    private MetricsSnippets() {
    }

    static void observed(ObservationRegistry observationRegistry, StateStore state,
            BuchhaltungsButlerClient.Builder bbBuilder, AccountViewClient.Builder avBuilder) {
        // readme:start metrics
        LedgerbridgeObservations observations = LedgerbridgeObservations.builder()
                .registry(observationRegistry)   // e.g. Spring Boot's bean; without one, everything is a no-op
                .tenant("acme")                  // no metric tag unless tenantKey(...) asks for one
                .stateStore(state)               // the exact backlog of parked records after every run
                .build();
        BuchhaltungsButlerClient bb = bbBuilder.observer(observations.clientObserver()).build();
        AccountViewClient av = avBuilder.observer(observations.clientObserver()).build();
        SyncEngine engine = SyncEngine.builder().stateStore(state)
                .listener(observations.syncListener())
                .build();
        // readme:end metrics
        engine.run(SyncFlows.customers(AccountViewConnector.builder(av.forCompany("1")).build(),
                BuchhaltungsButlerConnector.builder().client(bb).build()).build());
    }
}
