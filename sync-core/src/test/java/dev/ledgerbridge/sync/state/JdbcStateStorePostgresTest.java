package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.testkit.postgres.TestDatabase;
import dev.ledgerbridge.testkit.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same contract on PostgreSQL: the build's embedded server, or the one {@code LEDGERBRIDGE_POSTGRES_URL} names
 * (see {@link TestPostgres}). Each test gets a database of its own.
 */
class JdbcStateStorePostgresTest extends StateStoreContract {
    private TestDatabase database;
    private JdbcStateStore store;
    private JdbcStateStore second;

    @BeforeEach
    void setUp() {
        database = TestPostgres.createDatabase();
        store = JdbcStateStore.open(database.url(), database.user(), database.password());
        second = JdbcStateStore.open(database.url(), database.user(), database.password());
    }

    @AfterEach
    void tearDown() {
        second.close();
        store.close();
        database.close();
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
    void schemaIsCreatedAtTheCurrentVersionInAnEmptyDatabase() {
        assertEquals(dev.ledgerbridge.sync.internal.JdbcDatabase.SCHEMA_VERSION, store.schemaVersion());
        assertEquals(dev.ledgerbridge.sync.internal.JdbcDatabase.SCHEMA_VERSION, second.schemaVersion());
    }
}
