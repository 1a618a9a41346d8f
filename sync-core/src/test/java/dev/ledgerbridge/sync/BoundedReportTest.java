package dev.ledgerbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The report's size does not grow with the records of a run; the listener and the activity log see every one. */
class BoundedReportTest {

    private static RecordResult result(String id, Action action) {
        return new RecordResult("f", id, Optional.empty(), action,
                action == Action.FAILED || action == Action.SKIPPED ? Optional.of("why") : Optional.empty(), List.of());
    }

    @Test
    void keepsTheFirstFailuresAndASamplePerActionButCountsEveryResult() {
        FlowReport.Builder b = FlowReport.builder().flow("f").direction("A -> B");
        for (int i = 0; i < FlowReport.FAILURES_KEPT + 5; i++) {
            b.add(result("F" + i, Action.FAILED));
        }
        for (int i = 0; i < 3 * FlowReport.SAMPLE_PER_ACTION; i++) {
            b.add(result("C" + i, Action.CREATED));
            b.add(result("U" + i, Action.UNCHANGED));
        }
        FlowReport report = b.build();

        assertEquals(FlowReport.FAILURES_KEPT + 5, report.count(Action.FAILED));
        assertEquals(3 * FlowReport.SAMPLE_PER_ACTION, report.count(Action.CREATED));
        assertEquals(FlowReport.FAILURES_KEPT, report.failures().size());
        assertEquals("F0", report.failures().get(0).sourceId());
        assertEquals(2 * FlowReport.SAMPLE_PER_ACTION, report.sample().size());
        assertEquals(List.of("C0", "U0", "C1"), report.sample().stream().limit(3).map(RecordResult::sourceId).toList());
        assertTrue(report.findResult("C99").isPresent());
        assertTrue(report.findResult("C100").isEmpty(), "beyond the sample");
        assertTrue(report.findResult("F999").isPresent());
        assertFalse(report.succeeded());
        assertEquals(report.count(Action.CREATED), report.toBuilder().build().count(Action.CREATED));
    }

    @Test
    void buildNamesTheMissingSetterAndSettersRejectBadValues() {
        assertEquals("flow(...) is required",
                assertThrows(IllegalStateException.class, () -> FlowReport.builder().direction("x").build())
                        .getMessage());
        assertEquals("direction(...) is required",
                assertThrows(IllegalStateException.class, () -> FlowReport.builder().flow("x").build()).getMessage());
        assertEquals("read must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> FlowReport.builder().read(-1)).getMessage());
    }

    @Test
    void aRunOfManyRecordsKeepsABoundedReportWhileListenerAndActivityLogSeeEveryRecord() {
        int n = 3 * FlowReport.SAMPLE_PER_ACTION;
        InMemoryConnector av = Systems.accountView();
        for (int i = 0; i < n; i++) {
            av.put(EntityType.CUSTOMER, "C" + i, Systems.person("Person " + i, "p" + i + "@example.de"));
        }
        InMemoryConnector bb = Systems.buchhaltungsButler();
        AtomicInteger heard = new AtomicInteger();
        InMemoryActivityLog log = new InMemoryActivityLog();
        SyncListener counting = new SyncListener() {
            @Override
            public void recordDone(RecordResult result) {
                heard.incrementAndGet();
            }
        };
        FlowReport report = SyncEngine.builder().settings(Settings.builder().build())
                .stateStore(new InMemoryStateStore()).activityLog(log).listener(counting).build()
                .run(SyncFlows.customers(av, bb).name("customers").build()).flow("customers");

        assertEquals(n, report.count(Action.CREATED), report.toString());
        assertEquals(FlowReport.SAMPLE_PER_ACTION, report.sample().size(), "the report keeps a sample only");
        assertEquals(n, heard.get(), "the listener hears every record");
        assertEquals(n, log.events("customers").size(), "the activity log has every record");
        assertEquals(n, bb.all(EntityType.CUSTOMER).size(), "every customer arrived");
    }
}
