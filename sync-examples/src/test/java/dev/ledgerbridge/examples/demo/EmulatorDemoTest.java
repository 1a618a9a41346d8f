package dev.ledgerbridge.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole demo once (two runs): the second run writes nothing, the invalid records fail for the right reason. */
class EmulatorDemoTest {

    @TempDir
    static Path dir;
    static List<SyncReport> reports;
    static String output;

    @BeforeAll
    static void runDemo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        reports = new EmulatorDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir, false).run();
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFlowRanAndTheFirstRunCreatedInEveryDirection() {
        SyncReport first = reports.get(0);
        assertEquals(List.of("categories:Supplier-CSV->AccountView", "products:Supplier-CSV->AccountView",
                "stock-levels:AccountView->Webshop", "orders:Webshop->AccountView",
                "orders:AccountView->BuchhaltungsButler", "orders:BuchhaltungsButler->AccountView",
                "customers:AccountView->BuchhaltungsButler", "customers:BuchhaltungsButler->AccountView"),
                first.flows().stream().map(FlowReport::flow).toList());
        first.flows().forEach(f -> assertTrue(f.flowError().isEmpty(), f.toString()));
        assertEquals(30 - 2, first.flow("orders:Webshop->AccountView").count(Action.CREATED));
        // every valid AccountView order goes to BB once, the webshop orders written into AV travel on with them,
        // and the orders that came from BB are not sent back
        FlowReport avToBb = first.flow("orders:AccountView->BuchhaltungsButler");
        assertEquals(80 - 2 + 28, avToBb.count(Action.CREATED));
        assertEquals(0, avToBb.count(Action.SKIPPED));
        // only BB's own invoices come back as sales orders: the AV- invoices are not echoed
        FlowReport bbToAv = first.flow("orders:BuchhaltungsButler->AccountView");
        assertEquals(40, bbToAv.count(Action.CREATED));
        assertEquals(80 - 2 + 28, bbToAv.count(Action.SKIPPED));
        assertTrue(bbToAv.sample().stream().filter(r -> r.action() == Action.CREATED).allMatch(r -> !r.sourceId().startsWith(DemoFlows.FROM_ACCOUNTVIEW)));
        assertTrue(first.flow("customers:AccountView->BuchhaltungsButler").count(Action.CREATED) > 100);
    }

    @Test
    void theSecondRunWritesNothing() {
        SyncReport second = reports.get(1);
        assertEquals(0, second.count(Action.CREATED) + second.count(Action.UPDATED), second.toString());
        assertEquals(reports.get(0).count(Action.FAILED), second.count(Action.FAILED));
        assertTrue(output.contains("Second run: 0 records created or updated"), output);
    }

    @Test
    void invalidRecordsFailWithTheirReasons() {
        List<String> reasons = reports.get(0).flows().stream().flatMap(f -> f.failures().stream())
                .map(r -> r.flow() + " " + r.sourceId() + ": " + r.reason().orElse("")).toList();
        assertEquals(10, reasons.size(), String.join("\n", reasons));
        assertContains(reasons, "customers:AccountView->BuchhaltungsButler 10008: invalid customer: field 'email'");
        assertContains(reasons, "customers:AccountView->BuchhaltungsButler 10134: invalid customer: field 'vatId'");
        assertContains(reasons, "customers:BuchhaltungsButler->AccountView");
        assertContains(reasons, "size must be between 0 and 100");
        assertEquals(2, reasons.stream().filter(r -> r.startsWith("orders:Webshop->AccountView WS-1000")
                && r.endsWith(": SKU 'ART-9999' does not exist in AccountView")).count(), String.join("\n", reasons));
        assertContains(reasons, "products:Supplier-CSV->AccountView LEV-5101: invalid product: field 'ean'");
        assertContains(reasons, "(57 characters): AccountView holds at most 50"); // refused before sending
    }

    @Test
    void reportShowsCountsFailuresApiCallsAndWhereStateWent() {
        assertTrue(output.contains("=== Report of run 1 ==="), output);
        assertTrue(output.contains("=== Report of run 2 ==="), output);
        assertTrue(output.contains("Failures (10):"), output);
        assertTrue(output.contains("API calls:"), output);
        assertTrue(output.contains("POST /invoices/create " + reports.get(0)
                .flow("orders:AccountView->BuchhaltungsButler").count(Action.CREATED)), output);
        assertTrue(output.contains(EmulatorSession.RATE_LIMIT_NOTE), output);
        assertTrue(Files.exists(dir.resolve("state.mv.db")), "state file");
        assertTrue(Files.exists(dir.resolve(EmulatorDemo.FEED_FILE)), "supplier feed");
        // one compact progress line per flow and run
        assertEquals(16, output.lines().filter(l -> l.matches("  \\S+:\\S+ +read .*ms")).count(), output);
    }

    @Test
    void personalDataStaysOutOfFailuresOfOtherKindsAndNotesCountRecords() {
        RecordResult unknownSku = reports.get(0).flow("orders:Webshop->AccountView").failures().get(0);
        assertTrue(unknownSku.reason().orElseThrow().startsWith("line "), unknownSku.toString());
        assertTrue(output.contains("orders:BuchhaltungsButler->AccountView: default debtor … used (40 records)"),
                output);
    }

    private static void assertContains(List<String> lines, String part) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(part)), part + " not in\n" + String.join("\n", lines));
    }
}
