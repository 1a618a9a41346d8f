package dev.ledgerbridge.reliability.crash;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs of a cluster trial, from the workers' {@code START}/{@code END}/{@code FAIL} lines ({@code TenantWorkerMain}:
 * tenant, worker, fencing token, epoch milliseconds of one machine's clock), and the check that no tenant ever ran
 * on two workers at once: ordered by fencing token, each run of a tenant ends before the next one starts, except a
 * run of the killed worker, which never ends; its successor must start after the kill and not before that run's
 * lease could have expired.
 */
final class ClusterRuns {
    /** Clock skew allowed between the START line and the moment the lease was taken (same machine, one clock). */
    static final long SLACK_MILLIS = 500;

    /** One run; {@code end} is null while it has not ended (killed, or cut off by the end of the trial). */
    record Run(String tenant, String worker, long token, long start, Long end, boolean succeeded, int failedRecords) {
        Run ended(long at, boolean ok, int failed) {
            return new Run(tenant, worker, token, start, at, ok, failed);
        }
    }

    private final Map<String, Map<Long, Run>> byTenant = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();

    /** Reads the lines of all workers (in any order). */
    static ClusterRuns of(Map<String, List<String>> linesByWorker) {
        ClusterRuns runs = new ClusterRuns();
        linesByWorker.values().forEach(lines -> lines.stream().filter(l -> l.startsWith("START ")).forEach(runs::start));
        linesByWorker.values().forEach(lines -> lines.stream()
                .filter(l -> l.startsWith("END ") || l.startsWith("FAIL ")).forEach(runs::end));
        return runs;
    }

    private void start(String line) {
        String[] p = line.split(" ");
        Run run = new Run(p[1], p[2], Long.parseLong(p[3]), Long.parseLong(p[4]), null, false, 0);
        Run before = byTenant.computeIfAbsent(run.tenant(), t -> new TreeMap<>()).putIfAbsent(run.token(), run);
        if (before != null) {
            violations.add(run.tenant() + ": fencing token " + run.token() + " taken twice, by " + before.worker()
                    + " and " + run.worker());
        }
    }

    private void end(String line) {
        String[] p = line.split(" ", 6);
        Map<Long, Run> runs = byTenant.getOrDefault(p[1], Map.of());
        Run run = runs.get(Long.parseLong(p[3]));
        if (run == null || run.end() != null || !run.worker().equals(p[2])) {
            violations.add("an end without its start: " + line);
            return;
        }
        boolean ok = p[0].equals("END");
        int failed = ok ? Integer.parseInt(p[5].replaceAll(".*failed=(\\d+).*", "$1")) : 0;
        runs.put(run.token(), run.ended(Long.parseLong(p[4]), ok, failed));
    }

    /** Every run, by tenant, ordered by fencing token. */
    Map<String, List<Run>> byTenant() {
        Map<String, List<Run>> result = new LinkedHashMap<>();
        byTenant.forEach((t, runs) -> result.put(t, List.copyOf(runs.values())));
        return result;
    }

    int count() {
        return byTenant.values().stream().mapToInt(Map::size).sum();
    }

    /** The killed worker's runs that never ended. */
    List<Run> cutOff(String killedWorker) {
        return byTenant.values().stream().flatMap(r -> r.values().stream())
                .filter(r -> r.end() == null && r.worker().equals(killedWorker))
                .sorted(Comparator.comparing(Run::tenant)).toList();
    }

    /**
     * Every moment a tenant ran twice: two runs with one token, a run starting before its predecessor (by token)
     * ended, or a successor of a killed run that started before the kill or before that run's lease expired.
     *
     * @param killedWorker the worker killed at {@code killedAt} (epoch ms, after the process was gone)
     * @param lease the tenant lease the workers ran with
     */
    List<String> overlaps(String killedWorker, long killedAt, long lease) {
        List<String> found = new ArrayList<>(violations);
        byTenant().forEach((tenant, runs) -> {
            for (int i = 1; i < runs.size(); i++) {
                Run before = runs.get(i - 1);
                Run next = runs.get(i);
                if (before.end() != null) {
                    if (before.end() > next.start()) {
                        found.add(tenant + ": token " + next.token() + " on " + next.worker() + " started at "
                                + next.start() + " before token " + before.token() + " on " + before.worker()
                                + " ended at " + before.end());
                    }
                } else if (!before.worker().equals(killedWorker)) {
                    found.add(tenant + ": token " + before.token() + " on " + before.worker()
                            + " never ended, yet token " + next.token() + " started on " + next.worker());
                } else if (next.start() <= killedAt || next.start() < before.start() + lease - SLACK_MILLIS) {
                    found.add(tenant + ": token " + next.token() + " on " + next.worker() + " started at "
                            + next.start() + ", while killed token " + before.token() + " (started " + before.start()
                            + ", killed " + killedAt + ") could still hold its lease");
                }
            }
        });
        return found;
    }
}
