package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.sync.state.JdbcStateStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks, without changing anything, that the SDK's tables are in the application's database at the version this
 * release works with ({@code ledgerbridge.state.schema=validate}: the schema is the DBA's, e.g. by Flyway).
 */
public final class SchemaCheck {
    private static final String PROPERTY = "ledgerbridge.state.schema";

    private SchemaCheck() {
    }

    /**
     * Checks the state tables and the given others.
     *
     * @param dataSource  the database
     * @param otherTables tables of the scheduler and token store that must exist
     * @throws IllegalStateException naming every missing table or the version found and the one required
     */
    public static void validate(DataSource dataSource, List<String> otherTables) {
        List<String> problems = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            int required = JdbcStateStore.requiredSchemaVersion();
            int found = storedVersion(c);
            if (found != required) {
                problems.add(found < 0 ? "table lb_schema_version is missing"
                        : "lb_schema_version is " + found + ", this SDK requires " + required);
            }
            for (String table : otherTables) {
                if (!exists(c, table)) {
                    problems.add("table " + table + " is missing");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the LedgerBridge schema (" + PROPERTY + "=validate): "
                    + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The LedgerBridge schema does not match (" + PROPERTY + "=validate): "
                    + String.join("; ", problems) + ". Create it with " + PROPERTY + "=create once, or with the DDL "
                    + "of this SDK version.");
        }
    }

    private static int storedVersion(Connection c) throws SQLException {
        if (!exists(c, "lb_schema_version")) {
            return -1;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM lb_schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            // portable across H2 and PostgreSQL and their identifier case rules
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            if (!autoCommit) {
                c.rollback();   // PostgreSQL aborts the transaction after an error
            }
            return false;
        }
    }
}
