package dev.ledgerbridge.reliability.crash;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster trial's overlap check must be able to fail: fed with workers' lines, with and without overlaps. */
class ClusterRunsTest {
    static final long KILLED_AT = 10_000;
    static final long LEASE = 4_000;

    private static List<String> overlaps(List<String> w1, List<String> w2) {
        return ClusterRuns.of(Map.of("w1", w1, "w2", w2)).overlaps("w2", KILLED_AT, LEASE);
    }

    @Test
    void runsOneAfterAnotherAndATakeoverAfterTheLeaseAreNoOverlap() {
        List<String> found = overlaps(
                List.of("START t1 w1 1 1000", "END t1 w1 1 2000 created=3 updated=0 failed=0",
                        "START t2 w1 2 13000", "END t2 w1 2 13500 created=0 updated=0 failed=0"),
                List.of("START t1 w2 2 2000", "FAIL t1 w2 2 2500 a read failed", "START t2 w2 1 9000"));
        assertEquals(List.of(), found);
        ClusterRuns runs = ClusterRuns.of(Map.of("w2", List.of("START t2 w2 1 9000")));
        assertEquals(1, runs.cutOff("w2").size());
    }

    @Test
    void aRunStartingBeforeItsPredecessorEndedIsAnOverlap() {
        List<String> found = overlaps(List.of("START t1 w1 1 1000", "END t1 w1 1 2001 created=0 updated=0 failed=0"),
                List.of("START t1 w2 2 2000", "END t1 w2 2 2500 created=0 updated=0 failed=0"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("before token 1 on w1 ended"), found.get(0));
    }

    @Test
    void oneTokenTakenTwiceIsAnOverlap() {
        List<String> found = overlaps(List.of("START t1 w1 1 1000"), List.of("START t1 w2 1 1000"));
        assertTrue(found.stream().anyMatch(f -> f.contains("fencing token 1 taken twice")), found.toString());
    }

    @Test
    void aTakeoverBeforeTheKilledRunsLeaseExpiredIsAnOverlap() {
        assertEquals(1, overlaps(List.of("START t1 w1 2 12000"), List.of("START t1 w2 1 9000")).size(),
                "started 3 s after a run with a 4 s lease");
        assertEquals(1, overlaps(List.of("START t1 w1 2 9500"), List.of("START t1 w2 1 1000")).size(),
                "started before the kill");
    }

    @Test
    void aRunOfALiveWorkerThatNeverEndedCannotBeTakenOver() {
        assertEquals(1, overlaps(List.of("START t1 w1 1 1000", "START t1 w1 2 20000"), List.of()).size());
    }
}
