package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerFlowTest {
    private InMemoryConnector av;
    private InMemoryConnector bb;
    private InMemoryStateStore state;
    private InMemoryActivityLog log;

    @BeforeEach
    void setUp() {
        av = Systems.accountView();
        bb = Systems.buchhaltungsButler();
        state = new InMemoryStateStore();
        log = new InMemoryActivityLog();
        av.put(EntityType.CUSTOMER, "1001", Systems.company("Müller GmbH", "Anna Müller", "anna@mueller.de"));
        av.put(EntityType.CUSTOMER, "1002", Systems.person("Jan de Vries", "Jan@DeVries.nl"));
        av.put(EntityType.CUSTOMER, "1003", Systems.company("Schmidt AG", null, "info@schmidt.de"));
    }

    private SyncEngine engine(Settings settings) {
        return SyncEngine.builder().settings(settings).stateStore(state).activityLog(log).build();
    }

    private SyncEngine engine() {
        return engine(Settings.builder().build());
    }

    private SyncFlow avToBb() {
        return SyncFlows.customers(av, bb).name("customers").build();
    }

    private static Customer byEmail(InMemoryConnector system, String email) {
        return system.all(EntityType.CUSTOMER).stream().map(Identified::value)
                .filter(c -> email.equals(c.email())).findFirst().orElseThrow();
    }

    @Test
    void firstRunCreatesEveryCustomerWithOnePrefetchAndOneBatch() {
        FlowReport report = engine().run(avToBb()).flow("customers");

        assertEquals(3, report.read());
        assertEquals(3, report.count(Action.CREATED), report.toString());
        assertEquals(3, bb.all(EntityType.CUSTOMER).size());
        // BB cannot search debtors: one list call as prefetch, then one add-batch call for all three
        assertEquals(1, bb.calls("read", EntityType.CUSTOMER));
        assertEquals(1, bb.calls("createAll", EntityType.CUSTOMER));
        assertEquals(0, bb.calls("create", EntityType.CUSTOMER));
        assertEquals(3, state.linkCount("customers"));
        assertTrue(report.findResult("1001").orElseThrow().targetId().isPresent());
    }

    @Test
    void companyAndPersonArriveAsSuch() {
        engine().run(avToBb());

        Customer company = byEmail(bb, "anna@mueller.de");
        assertTrue(company.isCompany());
        assertEquals("Müller GmbH", company.companyName());
        assertEquals("Anna Müller", company.contactPerson());
        Customer person = byEmail(bb, "jan@devries.nl"); // e-mail normalized to lower case
        assertFalse(person.isCompany());
        assertEquals("Jan de Vries", person.contactPerson());
        assertEquals("NL", person.billingAddress().country());
    }

    @Test
    void rerunWithoutChangesWritesNothingAndIncrementalReadSkipsUnchangedSource() {
        engine().run(avToBb());
        bb.resetCalls();
        av.resetCalls();

        FlowReport rerun = engine().run(avToBb()).flow("customers");

        assertEquals(0, bb.writeCalls());
        assertEquals(0, rerun.read(), "AccountView has a change cursor: nothing changed, nothing read");
        assertEquals(1, av.calls("read", EntityType.CUSTOMER));
        assertEquals(0, bb.calls("read", EntityType.CUSTOMER), "no prefetch needed when nothing is to match");
    }

    @Test
    void rerunOfAFullReadSourceReportsUnchangedByHashWithoutCalls() {
        engine().run(SyncFlows.customers(av, bb).name("customers").build());
        // the reverse direction: BB has no change cursor, so every debtor is read again
        SyncFlow back = SyncFlows.customers(bb, av).name("customers-back").build();
        engine().run(back);
        av.resetCalls();

        FlowReport rerun = engine().run(back).flow("customers-back");

        assertEquals(3, rerun.read());
        assertEquals(3, rerun.count(Action.UNCHANGED), rerun.toString());
        assertEquals(0, av.writeCalls());
        assertEquals(0, av.calls("find", EntityType.CUSTOMER));
    }

    @Test
    void editInSourceUpdatesOnlyThatRecordAndKeepsCreateOnlyFields() {
        bb.put(EntityType.CUSTOMER, "10007", Systems.company("Müller GmbH", "Anna Müller", "anna@mueller.de")
                .toBuilder().customerNumber("BB-7").build());
        Settings settings = Settings.builder().createOnlyFields(EntityType.CUSTOMER, "customerNumber").build();
        FlowReport first = engine(settings).run(avToBb()).flow("customers");
        assertEquals("10007", first.findResult("1001").orElseThrow().targetId().orElseThrow(),
                "matched by e-mail, not created twice");
        assertEquals(2, first.count(Action.CREATED));

        av.put(EntityType.CUSTOMER, "1001", Systems.company("Müller GmbH & Co. KG", "Anna Müller",
                "anna@mueller.de").toBuilder().customerNumber("AV-1001").build());
        bb.resetCalls();
        FlowReport second = engine(settings).run(avToBb()).flow("customers");

        assertEquals(1, second.read());
        assertEquals(1, second.count(Action.UPDATED));
        assertEquals(1, bb.calls("update", EntityType.CUSTOMER));
        Customer updated = bb.get(EntityType.CUSTOMER, "10007").orElseThrow();
        assertEquals("Müller GmbH & Co. KG", updated.companyName());
        assertEquals("BB-7", updated.customerNumber(), "create-only field left as it was in the target");
        assertEquals(3, bb.all(EntityType.CUSTOMER).size());
    }

    @Test
    void invalidEmailFailsThatRecordOnlyAndIsRetriedNextRun() {
        av.put(EntityType.CUSTOMER, "1004", Systems.person("Kaputt", "not-an-email"));
        List<RecordResult> notified = new CopyOnWriteArrayList<>();
        SyncEngine engine = SyncEngine.builder().stateStore(state).activityLog(log)
                .failureNotifier(notified::add).build();

        FlowReport report = engine.run(avToBb()).flow("customers");

        assertEquals(3, report.count(Action.CREATED));
        RecordResult failed = report.failures().get(0);
        assertEquals("1004", failed.sourceId());
        assertTrue(failed.reason().orElseThrow().contains("email"), failed.reason().orElseThrow());
        assertTrue(failed.reason().orElseThrow().contains("not-an-email"));
        assertEquals(List.of(failed), notified);
        assertFalse(report.succeeded());

        av.put(EntityType.CUSTOMER, "1004", Systems.person("Repariert", "fixed@example.org"));
        FlowReport retry = engine.run(avToBb()).flow("customers");
        assertEquals(Action.CREATED, retry.findResult("1004").orElseThrow().action());
        assertEquals(4, bb.all(EntityType.CUSTOMER).size());
    }

    @Test
    void itemRejectedInABatchFailsAloneIsParkedAndRetriedWhileTheCursorMovesOn() {
        FaultyConnector target = new FaultyConnector(bb).rejectWhen(v -> v instanceof Customer c
                && "Schmidt AG".equals(c.companyName()));
        SyncFlow flow = SyncFlows.customers(av, target).name("customers").build();

        FlowReport report = engine().run(flow).flow("customers");
        assertEquals(2, report.count(Action.CREATED));
        assertEquals(1, report.count(Action.FAILED));
        assertEquals("1003", report.failures().get(0).sourceId());
        assertTrue(report.failures().get(0).reason().orElseThrow().contains("error code 8"));
        assertTrue(state.cursor("customers", "changes").isPresent(), "the cursor moves on past a failure");
        assertEquals(List.of("1003"), state.parked("customers").stream().map(p -> p.sourceId()).toList());
        assertEquals(List.of("1003"), report.parked().stream().map(p -> p.sourceId()).toList());

        FlowReport stillFailing = engine().run(flow).flow("customers");
        assertEquals(1, stillFailing.read(), "only the parked record is read again, by id");
        assertTrue(stillFailing.failures().get(0).reason().orElseThrow().contains("failing since"),
                stillFailing.failures().get(0).reason().orElseThrow());
        assertEquals(2, state.parked("customers").get(0).attempts());

        target.healed();
        FlowReport retry = engine().run(flow).flow("customers");
        assertEquals(1, retry.read(), "nothing changed; the parked record read again by id");
        assertEquals(Action.CREATED, retry.findResult("1003").orElseThrow().action());
        assertEquals(3, bb.all(EntityType.CUSTOMER).size());
        assertTrue(state.parked("customers").isEmpty(), "unparked after it succeeded");
    }

    @Test
    void aRecordFailingRunAfterRunIsEscalatedOnceWhenItReachesTheThresholdAndDroppedWhenGone() {
        av.put(EntityType.CUSTOMER, "1004", Systems.person("Kaputt", "not-an-email"));
        List<RecordResult> notified = new CopyOnWriteArrayList<>();
        SyncEngine engine = SyncEngine.builder().stateStore(state).activityLog(log).failureNotifier(notified::add)
                .settings(Settings.builder().escalateAfterFailures(3).build()).build();

        for (int run = 1; run <= 4; run++) {
            engine.run(avToBb());
            assertEquals(run >= 3 ? 1 : 0, notified.size(), "after run " + run + ": " + notified);
        }
        assertTrue(notified.get(0).reason().orElseThrow().contains("failing since"), notified.toString());
        assertEquals(4, state.parked("customers").get(0).attempts());

        av.remove(EntityType.CUSTOMER, "1004");
        FlowReport gone = engine.run(avToBb()).flow("customers");
        assertTrue(state.parked("customers").isEmpty(), "a parked record the source no longer has is dropped");
        assertTrue(gone.notes().stream().anyMatch(n -> n.contains("1004") && n.contains("no longer")), gone.toString());
    }

    @Test
    void dryRunPlansButWritesNothing() {
        SyncReport report = engine(Settings.builder().dryRun(true).build()).run(avToBb());

        assertTrue(report.dryRun());
        assertEquals(3, report.flow("customers").count(Action.CREATED));
        assertEquals(0, bb.writeCalls());
        assertEquals(0, bb.all(EntityType.CUSTOMER).size());
        assertEquals(0, state.linkCount("customers"));
        assertTrue(state.cursor("customers", "changes").isEmpty());
        assertTrue(log.events("customers").isEmpty());

        FlowReport real = engine().run(avToBb()).flow("customers");
        assertEquals(3, real.count(Action.CREATED), "the dry run changed nothing the real run depends on");
    }

    @Test
    void interruptionMidRunThenRerunGivesExactlyTheExpectedTarget() {
        // AccountView as target: one write per record, so the crash lands between two records
        for (int i = 0; i < 5; i++) {
            bb.put(EntityType.CUSTOMER, "1000" + i, Systems.person("Person " + i, "p" + i + "@example.de"));
        }
        FaultyConnector target = new FaultyConnector(av).crashAfterWrites(3);
        SyncFlow flow = SyncFlows.customers(bb, target).name("bb-av").build();
        int before = av.all(EntityType.CUSTOMER).size();

        assertThrows(FaultyConnector.SimulatedCrash.class, () -> engine().run(flow));
        assertEquals(before + 3, av.all(EntityType.CUSTOMER).size());
        assertEquals(2, state.linkCount("bb-av"), "the third write reached AccountView, its link did not");

        target.healed();
        FlowReport rerun = engine().run(flow).flow("bb-av");

        assertEquals(before + 5, av.all(EntityType.CUSTOMER).size(), "nothing duplicated, nothing skipped");
        assertEquals(2, rerun.count(Action.CREATED));
        assertEquals(3, rerun.count(Action.UNCHANGED), rerun.toString());
        assertEquals(5, state.linkCount("bb-av"));
        assertTrue(rerun.notes().get(0).contains("did not finish"), rerun.notes().toString());
        for (int i = 0; i < 5; i++) {
            String email = "p" + i + "@example.de";
            assertEquals(1, av.all(EntityType.CUSTOMER).stream().filter(c -> email.equals(c.value().email())).count());
        }
    }

    @Test
    void concurrentWritesCreateEachCustomerOnce() {
        for (int i = 0; i < 40; i++) {
            bb.put(EntityType.CUSTOMER, "2" + i, Systems.person("Person " + i, "c" + (i % 20) + "@example.de"));
        }
        SyncFlow flow = SyncFlows.customers(bb, av).name("bb-av").build();
        int before = av.all(EntityType.CUSTOMER).size();

        FlowReport report = engine(Settings.builder().concurrency(4).build()).run(flow).flow("bb-av");

        assertEquals(40, report.read());
        assertEquals(0, report.count(Action.FAILED), report.toString());
        assertEquals(before + 20, av.all(EntityType.CUSTOMER).size(), "20 distinct e-mails, 20 customers");
    }

    @Test
    void activityLogRecordsEveryOutcomeWithPersonalDataRedacted() {
        av.put(EntityType.CUSTOMER, "1004", Systems.person("Kaputt Mustermann", "kaputt@@example"));
        engine().run(avToBb());

        List<ActivityEvent> events = new ArrayList<>(log.events("customers"));
        assertEquals(4, events.size());
        ActivityEvent failure = events.stream().filter(e -> e.action() == Action.FAILED).findFirst().orElseThrow();
        assertEquals("1004", failure.sourceId());
        assertEquals("AccountView -> BuchhaltungsButler", failure.direction());
        assertFalse(failure.reason().contains("kaputt@@example"), failure.reason());
        assertTrue(failure.reason().contains("[redacted]"), failure.reason());

        InMemoryActivityLog plain = new InMemoryActivityLog();
        InMemoryStateStore fresh = new InMemoryStateStore();
        SyncEngine.builder().settings(Settings.builder().redactPersonalData(false).build()).stateStore(fresh)
                .activityLog(plain).build().run(SyncFlows.customers(av, Systems.buchhaltungsButler())
                        .name("customers").build());
        assertTrue(plain.events("customers").stream().anyMatch(e -> e.reason() != null
                && e.reason().contains("kaputt@@example")));
    }

    @Test
    void interruptionAfterABatchReachedTheTargetThenRerunLinksInsteadOfRecreating() {
        FaultyConnector target = new FaultyConnector(bb).crashAfterWrites(1);
        SyncFlow flow = SyncFlows.customers(av, target).name("customers").build();
        Settings twoPerBatch = Settings.builder().batchSize(2).build();

        assertThrows(FaultyConnector.SimulatedCrash.class, () -> engine(twoPerBatch).run(flow));
        assertEquals(2, bb.all(EntityType.CUSTOMER).size());
        assertEquals(0, state.linkCount("customers"));

        target.healed();
        FlowReport rerun = engine(twoPerBatch).run(flow).flow("customers");

        assertEquals(2, rerun.count(Action.UNCHANGED), rerun.toString());
        assertEquals(1, rerun.count(Action.CREATED));
        assertEquals(3, bb.all(EntityType.CUSTOMER).size());
        assertEquals(3, state.linkCount("customers"));
    }

    @Test
    void updatesOfAnUnsearchableTargetGetTheCurrentRecordFromOneListCall() {
        engine().run(avToBb());
        av.put(EntityType.CUSTOMER, "1001", Systems.company("Müller GmbH", "Neue Kontaktperson", "anna@mueller.de"));
        av.put(EntityType.CUSTOMER, "1002", Systems.person("Jan de Vries", "jan@devries.nl").toBuilder()
                .phone("+31 20 1234567").build());
        FaultyConnector recording = new FaultyConnector(bb);
        SyncFlow flow = SyncFlows.customers(av, recording).name("customers").build();
        bb.resetCalls();

        FlowReport report = engine().run(flow).flow("customers");

        assertEquals(2, report.count(Action.UPDATED));
        assertEquals(1, bb.calls("read", EntityType.CUSTOMER), "one debtor list sweep for both updates");
        assertEquals(2, bb.calls("update", EntityType.CUSTOMER));
        assertEquals(2, recording.updates.size());
        recording.updates.forEach(u -> assertTrue(u.current().isPresent(), "BB updates carry the current debtor"));
        assertEquals("Jan de Vries", ((Customer) recording.updates.get(1).current().orElseThrow()).contactPerson());
    }

    @Test
    void customMapperPerFieldAndCompositeMatchStrategy() {
        bb.put(EntityType.CUSTOMER, "10009", Systems.company("Schmidt AG", null, "old@schmidt.de").toBuilder()
                .customerNumber("1003").build());
        SyncFlow flow = SyncFlows.customers(av, bb).name("customers")
                .mapper(dev.ledgerbridge.sync.flow.Mappers.customer().andThen((c, ctx) -> c.toBuilder()
                        .companyName(c.companyName() == null ? null : c.companyName().toUpperCase()).build()))
                .matchStrategy(dev.ledgerbridge.sync.spi.MatchStrategy.composite(
                        dev.ledgerbridge.sync.spi.MatchStrategy.byEmail(),
                        dev.ledgerbridge.sync.spi.MatchStrategy.by("number", Customer::customerNumber)))
                .build();
        av.put(EntityType.CUSTOMER, "1003", Systems.company("Schmidt AG", null, "info@schmidt.de").toBuilder()
                .customerNumber("1003").build());

        FlowReport report = engine().run(flow).flow("customers");

        assertEquals("10009", report.findResult("1003").orElseThrow().targetId().orElseThrow(),
                "no e-mail match, found by customer number");
        assertEquals("SCHMIDT AG", bb.get(EntityType.CUSTOMER, "10009").orElseThrow().companyName());
        assertEquals("MÜLLER GMBH", byEmail(bb, "anna@mueller.de").companyName());
        assertEquals(3, bb.all(EntityType.CUSTOMER).size());
    }
}
