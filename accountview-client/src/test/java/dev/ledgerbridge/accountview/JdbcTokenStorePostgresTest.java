package dev.ledgerbridge.accountview;

import dev.ledgerbridge.testkit.postgres.TestDatabase;
import dev.ledgerbridge.testkit.postgres.TestPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** {@link JdbcTokenStoreTest} on PostgreSQL: the build's embedded server, a database of its own per test. */
class JdbcTokenStorePostgresTest extends JdbcTokenStoreTest {
    private TestDatabase database;

    @Override
    DataSource openDatabase() {
        database = TestPostgres.createDatabase();
        return database.dataSource();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }
}
