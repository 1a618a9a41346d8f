package dev.ledgerbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import dev.ledgerbridge.transport.ManualTimeSource;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A customers flow AccountView -> BuchhaltungsButler on both emulators, observed: the run, every record's outcome
 * (matching the report), the backlog, and every request the emulators received.
 */
class SyncRunObservationTest {
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final String FLOW = "customers-av-bb";

    private final ManualClock clock = new ManualClock(START);
    private final AccountViewEmulator avEmulator = AccountViewEmulator.builder().clock(clock)
            .tokenLifetimes(Duration.ofDays(1), Duration.ofDays(30)).start();
    private final BuchhaltungsButlerEmulator bbEmulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
            .batchInterval(Duration.ZERO).start();
    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final EventCounter events = new EventCounter();
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    private final InMemoryStateStore state = new InMemoryStateStore();

    SyncRunObservationTest() {
        registry.observationConfig().observationHandler(events).observationHandler(new StoppedContexts(stopped));
    }

    @AfterEach
    void stop() {
        avEmulator.close();
        bbEmulator.close();
    }

    private static Map<String, Object> debtor(String number, String name, String email, String country) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SUB_NR", number);
        m.put("ACCT_NAME", name);
        m.put("SRC_CODE", "S" + number);
        m.put("MAIL_BUS", email);
        m.put("ADDRESS1", "Havenweg 7");
        m.put("POST_CODE", "3011 AB");
        m.put("CITY", "Rotterdam");
        m.put("CNT_CODE", country);
        return m;
    }

    private FlowReport run(LedgerbridgeObservations observations) {
        ManualTimeSource time = new ManualTimeSource(START);
        AccountViewClient avClient = EmulatorClients.accountViewBuilder(avEmulator).timeSource(time)
                .observer(observations.clientObserver()).build();
        BuchhaltungsButlerClient bbClient = EmulatorClients.buchhaltungsButlerBuilder(bbEmulator).timeSource(time)
                .observer(observations.clientObserver()).build();
        AccountViewConnector av = AccountViewConnector.builder(avClient.forCompany(
                AccountViewEmulator.DEFAULT_COMPANY_CODE)).clock(clock).build();
        BuchhaltungsButlerConnector bb = BuchhaltungsButlerConnector.builder().client(bbClient)
                .defaultVatPercent(new BigDecimal("19")).build();
        SyncEngine engine = SyncEngine.builder().settings(Settings.builder().timeSource(time).build())
                .stateStore(state).activityLog(new InMemoryActivityLog())
                .listener(observations.syncListener()).build();
        return engine.run(SyncFlows.customers(av, bb).name(FLOW).build()).flow(FLOW);
    }

    private LedgerbridgeObservations observations(TenantKey tenantKey) {
        return LedgerbridgeObservations.builder().registry(registry).tenant("tenant-7").tenantKey(tenantKey)
                .stateStore(state).build();
    }

    @Test
    void aRunIsOneObservationWithItsOutcomeBacklogAndEveryRecordCountedAsInTheReport() {
        var company = avEmulator.company();
        company.insert("AR1", debtor("10001", "Müller Bouw B.V.", "anna@mueller.nl", "NL"));
        company.insert("AR1", debtor("10002", "Jan de Vries", "jan@devries.nl", "NL"));
        company.insert("AR1", debtor("10003", "Nowhere Ltd", "info@nowhere.test", "ZZ"));
        bbEmulator.tenant().addDebtor(Map.of("name", "Jan de Vries", "email", "jan@devries.nl", "street",
                "Dorpsstraat 1", "zip", "1000 AA", "city", "Amsterdam", "country", "NL"));
        clock.advance(Duration.ofHours(1));

        FlowReport report = run(observations(TenantKey.HIGH_CARDINALITY));

        assertEquals(1, report.count(Action.CREATED), report.toString());
        assertEquals(1, report.count(Action.UPDATED), report.toString());
        assertEquals(1, report.count(Action.FAILED), report.toString());
        assertEquals(2, bbEmulator.tenant().debtors().size(), "the emulator holds what the report says");
        for (Action action : Action.values()) {
            String outcome = action.name().toLowerCase(java.util.Locale.ROOT);
            assertEquals(report.count(action), events.count("ledgerbridge.sync.records.processed", outcome), outcome);
        }
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(ObservationNames.SYNC_RUN, 1)
                .hasObservationWithNameEqualTo(ObservationNames.SYNC_RUN).that()
                .hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue(ObservationNames.FLOW, FLOW)
                .hasLowCardinalityKeyValue(ObservationNames.DIRECTION, report.direction())
                .hasLowCardinalityKeyValue(ObservationNames.OUTCOME, ObservationNames.RUN_PARTIAL)
                .hasHighCardinalityKeyValue(ObservationNames.BACKLOG, "1")
                .hasHighCardinalityKeyValue(ObservationNames.TENANT, "tenant-7")
                .doesNotHaveLowCardinalityKeyValueWithKey(ObservationNames.TENANT);
        SyncRunContext run = (SyncRunContext) stopped.stream().filter(c -> c instanceof SyncRunContext).findFirst()
                .orElseThrow();
        assertEquals(1, run.backlog().orElseThrow());
        assertEquals(report, run.report().orElseThrow());
        assertEquals("tenant-7", run.tenant().orElseThrow());
        // every record batch hangs under the run and is closed with it
        assertThat(registry).hasObservationWithNameEqualTo(ObservationNames.SYNC_RECORDS).that()
                .hasParentObservationContextMatching(c -> c instanceof SyncRunContext).hasBeenStopped();
        assertEquals(3, count(ObservationNames.SYNC_RECORDS), "one batch per outcome that occurred");
    }

    @Test
    void everyRequestTheEmulatorsReceivedIsOneObservationOfItsSystem() {
        avEmulator.company().insert("AR1", debtor("10001", "Müller Bouw B.V.", "anna@mueller.nl", "NL"));
        clock.advance(Duration.ofHours(1));

        FlowReport report = run(observations(TenantKey.LOW_CARDINALITY));

        assertEquals(1, report.count(Action.CREATED), report.toString());
        assertEquals(avEmulator.stats().total(), count(ObservationNames.API_REQUEST, "accountview", "2xx"));
        assertEquals(bbEmulator.stats().total(), count(ObservationNames.API_REQUEST, "buchhaltungsbutler", "2xx"));
        assertEquals(avEmulator.stats().total() + bbEmulator.stats().total(), count(ObservationNames.API_REQUEST));
        assertThat(registry).hasObservationWithNameEqualTo(ObservationNames.SYNC_RUN).that()
                .hasLowCardinalityKeyValue(ObservationNames.OUTCOME, ObservationNames.RUN_SUCCESS)
                .hasLowCardinalityKeyValue(ObservationNames.TENANT, "tenant-7")
                .hasHighCardinalityKeyValue(ObservationNames.BACKLOG, "0");
        assertThat(registry).hasObservationWithNameEqualTo(ObservationNames.API_REQUEST).that()
                .hasLowCardinalityKeyValue(ObservationNames.TENANT, "tenant-7");
    }

    @Test
    void withoutRegistryNothingIsObservedAndTheHooksAreTheSdksNoOps() {
        avEmulator.company().insert("AR1", debtor("10001", "Müller Bouw B.V.", "anna@mueller.nl", "NL"));
        clock.advance(Duration.ofHours(1));
        LedgerbridgeObservations none = LedgerbridgeObservations.builder().tenant("tenant-7").build();

        FlowReport report = run(none);

        assertEquals(1, report.count(Action.CREATED));
        assertEquals(dev.ledgerbridge.transport.ClientObserver.none(), none.clientObserver());
        assertThat(registry).doesNotHaveAnyObservation();
    }

    private long count(String name) {
        return stopped.stream().filter(c -> c.getName().equals(name)).count();
    }

    private long count(String name, String system, String outcome) {
        return stopped.stream().filter(c -> c.getName().equals(name))
                .filter(c -> c.getLowCardinalityKeyValues().stream().anyMatch(KeyValue.of(ObservationNames.SYSTEM,
                        system)::equals))
                .filter(c -> c.getLowCardinalityKeyValues().stream().anyMatch(KeyValue.of(ObservationNames.OUTCOME,
                        outcome)::equals))
                .count();
    }
}
