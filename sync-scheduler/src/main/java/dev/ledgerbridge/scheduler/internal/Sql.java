package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.sync.internal.JdbcDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Portable JDBC on a data source, with sync-core's helpers ({@link JdbcDatabase}, same release train): a connection per call, statements that run
 * on H2 and PostgreSQL ({@code CREATE TABLE IF NOT EXISTS}, BIGINT epoch millis, no vendor upserts), the schema
 * created on first use (every statement idempotent, so processes racing on it are fine).
 */
public final class Sql {
    private final DataSource dataSource;
    private final String what;
    private final List<String> schema;
    private volatile boolean ready;

    /** Work with a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<R> {
        /** Does the work. */
        R apply(Connection connection) throws SQLException;
    }

    /** SQL for {@code what} (used in messages) on a data source, creating {@code schema} on first use. */
    public Sql(DataSource dataSource, String what, List<String> schema) {
        this.dataSource = dataSource;
        this.what = what;
        this.schema = schema;
    }

    /**
     * Runs work in one transaction; rolls back on any exception.
     *
     * @throws IllegalStateException naming the action when the database fails
     */
    public <R> R transaction(String action, Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            ensureSchema(c);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                R result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": " + action + " failed: " + e.getMessage(), e);
        }
    }

    private void ensureSchema(Connection c) throws SQLException {
        if (ready) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                for (String ddl : schema) {
                    s.execute(ddl);
                }
                ready = true;
                return;
            } catch (SQLException e) {
                // a process creating the same tables at the same moment: every statement is idempotent, so retry
                if (attempt >= 5) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) throws SQLException {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while creating tables", ie);
        }
    }

    /** Runs an update with string/long parameters (sync-core's portable JDBC helpers); returns the row count. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        return JdbcDatabase.update(c, sql, params);
    }

    /** Prepares a statement with string/long parameters. */
    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        return JdbcDatabase.prepare(c, sql, params);
    }

    /** True for a unique-key violation (SQLState class 23). */
    public static boolean isDuplicateKey(SQLException e) {
        return JdbcDatabase.isDuplicateKey(e);
    }

    @Override
    public String toString() {
        return what;
    }
}
