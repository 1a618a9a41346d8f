package dev.ledgerbridge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key locks between runs (live, dead, timed out) and linear-time redaction. */
class TargetKeysAndRedactionTest {
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final InMemoryConnector bb = new InMemoryConnector("BuchhaltungsButler", Capabilities.builder().build());
    private final List<MatchKey> anna = List.of(new MatchKey(MatchKey.EMAIL, "anna@example.de"));

    private TargetKeys keysOf(String runId, String flow, Duration timeout) {
        state.tryLock(flow, runId, Duration.ofMinutes(2), Instant.now()); // the run's flow lock, as the engine holds
        RunContext context = new RunContext(runId, Settings.builder().keyLockTimeout(timeout).build(), state,
                new InMemoryActivityLog(), SyncListener.none(), FailureNotifier.none(), () -> { });
        return new TargetKeys(context, flow, bb, EntityType.CUSTOMER);
    }

    @Test
    void aLiveRunsKeyLockInAnotherProcessMakesThisRunWaitThenFailTheRecord() {
        TargetKeys orders = keysOf("run-a", "orders", Duration.ofMillis(200)); // run-a's flow lock is live
        state.tryLock(orders.lockName(anna.get(0)), "run-a orders", Duration.ofHours(1), Instant.now());
        TargetKeys customers = keysOf("run-b", "customers", Duration.ofMillis(200));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> customers.lock(anna));
        assertTrue(e.getMessage().contains("run-a orders") && e.getMessage().contains("retried on the next run"),
                e.getMessage());
    }

    @Test
    void anotherThreadOfThisProcessWaitsAtMostTheTimeoutToo() throws Exception {
        TargetKeys orders = keysOf("run-a", "orders", Duration.ofMillis(200));
        TargetKeys customers = keysOf("run-b", "customers", Duration.ofMillis(200));
        try (TargetKeys.Held held = orders.lock(anna)) {
            java.util.concurrent.CompletableFuture<Throwable> other = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            customers.lock(anna).close();
                            return null;
                        } catch (RuntimeException e) {
                            return e;
                        }
                    });
            Throwable failure = other.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(failure instanceof IllegalStateException, String.valueOf(failure));
        }
        customers.lock(anna).close(); // free again once released
    }

    @Test
    void theKeyLockOfAKilledRunIsTakenOverAtOnceAndTheRegistryTellsWhatItCreated() {
        TargetKeys killed = keysOf("run-a", "orders", Duration.ofSeconds(30));
        // the key lock as a killed process leaves it (never released), after it created the customer
        state.tryLock(killed.lockName(anna.get(0)), "run-a orders", Duration.ofHours(1), Instant.now());
        killed.register(anna, "10042");
        state.releaseLock("orders"); // its flow lock expired or was released by hand

        TargetKeys next = keysOf("run-b", "customers", Duration.ofSeconds(30));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> next.lock(anna).close());
        assertEquals("10042", next.registered(anna).orElseThrow());
    }

    @Test
    void redactionIsLinearForMegabytesOfWordCharacters() {
        String text = "x".repeat(2_000_000) + " anna@example.de " + "y".repeat(2_000_000);
        String redacted = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Redactor.redact(text, List.of("z".repeat(100_000))));
        assertTrue(redacted.contains(" [redacted] "));
    }
}
