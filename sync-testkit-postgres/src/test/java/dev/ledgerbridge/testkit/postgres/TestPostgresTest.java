package dev.ledgerbridge.testkit.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPostgresTest {
    @Test
    void eachDatabaseIsFreshAndSeparate() throws SQLException {
        try (TestDatabase a = TestPostgres.createDatabase(); TestDatabase b = TestPostgres.createDatabase()) {
            assertNotEquals(a.name(), b.name());
            try (Connection c = a.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                st.execute("INSERT INTO t VALUES (1)");
                assertEquals(a.name(), scalar(st, "SELECT current_database()"));
            }
            try (Connection c = b.dataSource().getConnection(); Statement st = c.createStatement()) {
                assertEquals("0", scalar(st, "SELECT count(*) FROM information_schema.tables WHERE table_name = 't'"));
            }
        }
    }

    @Test
    void aClosedDatabaseIsDropped() throws SQLException {
        TestDatabase db = TestPostgres.createDatabase();
        db.close();
        db.close();
        try (TestDatabase other = TestPostgres.createDatabase();
             Connection c = other.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertEquals("0", scalar(st, "SELECT count(*) FROM pg_database WHERE datname = '" + db.name() + "'"));
        }
    }

    @Test
    void theEnvironmentHandsTheDatabaseToAChildProcess() {
        try (TestDatabase db = TestPostgres.createDatabase()) {
            assertEquals(db.url(), db.environment().get(TestDatabase.URL_VARIABLE));
            assertEquals(db.user(), db.environment().get(TestDatabase.USER_VARIABLE));
            assertEquals(db.password(), db.environment().get(TestDatabase.PASSWORD_VARIABLE));
            assertTrue(db.url().endsWith("/" + db.name()), db.url());
            assertFalse(TestPostgres.describeServer().isBlank());
        }
    }

    @Test
    void aDatabaseUrlKeepsHostPortAndQueryOfTheServerUrl() {
        assertEquals("jdbc:postgresql://db:5432/x?ssl=true",
                PostgresServer.urlOf("jdbc:postgresql://db:5432/postgres?ssl=true", "x"));
        assertEquals("jdbc:postgresql://db/x", PostgresServer.urlOf("jdbc:postgresql://db", "x"));
        assertEquals("jdbc:postgresql://db/x?a=b", PostgresServer.urlOf("jdbc:postgresql://db?a=b", "x"));
        assertEquals("jdbc:postgresql://db:1/x", PostgresServer.urlOf("jdbc:postgresql://db:1/", "x"));
    }

    @Test
    void toStringHasNoPassword() {
        TestDatabase db = new TestDatabase("n", "jdbc:postgresql://h/n", "u", "secret-pw", d -> { });
        assertFalse(db.toString().contains("secret-pw"), db.toString());
        assertFalse(new ServerSettings("jdbc:postgresql://h/n?password=secret-pw", "u", "secret-pw").toString()
                .contains("secret-pw"));
    }

    private static String scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
