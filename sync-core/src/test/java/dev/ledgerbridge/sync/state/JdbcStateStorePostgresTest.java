package dev.ledgerbridge.sync.state;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same contract on PostgreSQL. Runs only when {@code -Dledgerbridge.postgres.url=jdbc:postgresql://...}
 * (or env {@code LEDGERBRIDGE_POSTGRES_URL}) is given, with {@code ...user}/{@code ...password} likewise.
 * Each test uses its own flow names, so a shared database is fine.
 */
@EnabledIf("configured")
class JdbcStateStorePostgresTest extends StateStoreContract {
    private JdbcStateStore store;
    private JdbcStateStore second;

    static String setting(String name) {
        String value = System.getProperty("ledgerbridge.postgres." + name);
        return value != null ? value : System.getenv("LEDGERBRIDGE_POSTGRES_" + name.toUpperCase());
    }

    static boolean configured() {
        return setting("url") != null;
    }

    @BeforeEach
    void setUp() {
        store = JdbcStateStore.open(setting("url"), setting("user"), setting("password"));
        second = JdbcStateStore.open(setting("url"), setting("user"), setting("password"));
        // a clean slate for the flows the contract uses
        for (String flow : new String[] {"customers", "orders"}) {
            store.deleteLink(flow, "1001");
            store.tryLock(flow, "cleanup", LEASE, T0.plus(Duration.ofDays(3650))).ifPresent(store::unlock);
            store.parked(flow).forEach(p -> store.unpark(flow, p.sourceId()));
        }
        log().purgeOlderThan(T0.plusSeconds(365L * 24 * 3600 * 10));
    }

    @AfterEach
    void tearDown() {
        second.close();
        store.close();
    }

    @Override
    StateStore store() {
        return store;
    }

    @Override
    StateStore secondStoreOnSameState() {
        return second;
    }

    @Override
    ActivityLog log() {
        return store.activityLog();
    }

    @Test
    void schemaVersionIsCurrent() {
        store.saveCursor("pg-" + UUID.randomUUID(), "changes", "1");
        assertEquals(dev.ledgerbridge.sync.internal.JdbcDatabase.SCHEMA_VERSION, store.schemaVersion());
    }
}
