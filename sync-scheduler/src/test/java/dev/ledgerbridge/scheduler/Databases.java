package dev.ledgerbridge.scheduler;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Data sources for tests: an H2 file (kept open for the JVM), or PostgreSQL when configured. */
final class Databases {
    private Databases() {
    }

    /** An H2 file database in {@code dir}; several schedulers in one JVM share it as a cluster would. */
    static DataSource h2(Path dir) {
        return url("jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledgerbridge") + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** PostgreSQL from {@code -Dledgerbridge.postgres.url} or {@code LEDGERBRIDGE_POSTGRES_URL}, if set. */
    static DataSource postgres() {
        return url(setting("url"), setting("user"), setting("password"));
    }

    /**
     * A fresh schema in the configured PostgreSQL, as the only one on the data source's search path: each test
     * sees its own empty {@code scheduled_tasks}, directory and state tables, as a new cluster would.
     */
    static DataSource freshPostgresSchema() {
        String schema = "lb_test_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(setting("url"), setting("user"), setting("password"));
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        String url = setting("url");
        return url(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, setting("user"),
                setting("password"));
    }

    static boolean postgresConfigured() {
        return setting("url") != null;
    }

    private static String setting(String name) {
        String value = System.getProperty("ledgerbridge.postgres." + name);
        return value != null ? value : System.getenv("LEDGERBRIDGE_POSTGRES_" + name.toUpperCase());
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
