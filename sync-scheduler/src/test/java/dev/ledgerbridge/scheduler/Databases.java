package dev.ledgerbridge.scheduler;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import dev.ledgerbridge.testkit.postgres.TestPostgres;
import javax.sql.DataSource;

/** Data sources for tests: an H2 file (kept open for the JVM), or a fresh PostgreSQL database. */
final class Databases {
    private Databases() {
    }

    /** An H2 file database in {@code dir}; several schedulers in one JVM share it as a cluster would. */
    static DataSource h2(Path dir) {
        return url("jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledgerbridge") + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * A fresh PostgreSQL database (the build's embedded server, or the one {@code LEDGERBRIDGE_POSTGRES_URL} names):
     * each test sees its own empty {@code scheduled_tasks}, directory and state tables, as a new cluster would.
     * Dropped with the embedded server when the JVM ends.
     */
    static DataSource postgres() {
        return TestPostgres.createDatabase().dataSource();
    }

    /** A plain data source: a new connection per call (enough for tests; production code uses a pool). */
    static DataSource url(String url, String user, String password) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public Connection getConnection(String u, String p) throws SQLException {
                return DriverManager.getConnection(url, u, p);
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }

            @Override
            public String toString() {
                return url;
            }
        };
    }
}
