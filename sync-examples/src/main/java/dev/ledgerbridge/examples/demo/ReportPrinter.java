package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a {@link SyncReport} for people: a table of counts per flow and action, the failures the report kept with
 * their reasons, skip reasons and notes (tallied by the run's {@link ProgressListener}), the API calls per system,
 * and where state and activity log went.
 */
public final class ReportPrinter {

    private static final int TOP_ENDPOINTS = 8;
    private final PrintStream out;

    /**
     * Creates a printer.
     *
     * @param out where to print
     */
    public ReportPrinter(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints the whole report.
     *
     * @param title    a heading, e.g. {@code "Run 1"}
     * @param report   the engine's report
     * @param progress the listener of the run, with its tallies of skip reasons and record notes
     * @param apiCalls API calls per system during this run
     * @param storage  lines describing where state and activity log are kept
     */
    public void print(String title, SyncReport report, ProgressListener progress, List<ApiCalls> apiCalls,
                      List<String> storage) {
        out.println();
        out.println("=== " + title + (report.dryRun() ? " (dry run: nothing was written)" : "") + " ===");
        printCounts(report);
        printFailures(report);
        printSkipped(progress.skipReasons());
        printNotes(report, progress.recordNotes());
        printApiCalls(apiCalls);
        if (!storage.isEmpty()) {
            out.println("State and activity log:");
            storage.forEach(s -> out.println("  " + s));
        }
    }

    void printCounts(SyncReport report) {
        out.printf("%-44s %5s %8s %8s %10s %8s %7s%n", "Flow", "read", "created", "updated", "unchanged",
                "skipped", "failed");
        for (FlowReport f : report.flows()) {
            out.printf("%-44s %5d %8d %8d %10d %8d %7d%s%n", f.flow(), f.read(), f.count(Action.CREATED),
                    f.count(Action.UPDATED), f.count(Action.UNCHANGED), f.count(Action.SKIPPED),
                    f.count(Action.FAILED), f.flowError().map(e -> "  stopped: " + e).orElse(""));
        }
        out.printf("%-44s %5d %8d %8d %10d %8d %7d%n", "total", report.flows().stream().mapToInt(FlowReport::read)
                        .sum(), report.count(Action.CREATED), report.count(Action.UPDATED),
                report.count(Action.UNCHANGED), report.count(Action.SKIPPED), report.count(Action.FAILED));
    }

    void printFailures(SyncReport report) {
        // by flow, then by source id (shorter ids first, so 14 comes before 100): stable output with concurrency
        List<RecordResult> failed = report.flows().stream().flatMap(f -> f.failures().stream()
                .sorted(Comparator.comparing((RecordResult r) -> r.sourceId().length())
                        .thenComparing(RecordResult::sourceId))).toList();
        if (failed.isEmpty()) {
            out.println("Failures: none");
            return;
        }
        int total = report.count(Action.FAILED);
        out.println("Failures (" + total + (total > failed.size() ? ", the first " + failed.size() + " shown" : "")
                + "):");
        failed.forEach(r -> out.println("  " + r.flow() + " " + r.sourceId() + ": "
                + r.reason().orElse("(no reason)")));
    }

    void printSkipped(Map<String, Long> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        out.println("Skipped:");
        reasons.forEach((n, count) -> out.println("  " + n + " (" + count + (count == 1 ? " record)" : " records)")));
    }

    void printNotes(SyncReport report, Map<String, Long> recordNotes) {
        List<String> notes = report.flows().stream().flatMap(f -> f.notes().stream().map(n -> f.flow() + ": " + n))
                .toList();
        if (notes.isEmpty() && recordNotes.isEmpty()) {
            return;
        }
        out.println("Notes:");
        notes.forEach(n -> out.println("  " + n));
        recordNotes.forEach((n, count) -> out.println("  " + n + (count > 1 ? " (" + count + " records)" : "")));
    }

    void printApiCalls(List<ApiCalls> apiCalls) {
        if (apiCalls.isEmpty()) {
            return;
        }
        out.println("API calls:");
        for (ApiCalls calls : apiCalls) {
            String top = calls.byEndpoint().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_ENDPOINTS).map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.printf("  %-18s %5d calls, %4d of them writes%s%n", calls.system(), calls.total(), calls.writes(),
                    top.isEmpty() ? "" : ": " + top);
        }
    }
}
