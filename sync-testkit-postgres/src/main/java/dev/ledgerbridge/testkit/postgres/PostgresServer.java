package dev.ledgerbridge.testkit.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A reachable server: creates and drops the tests' databases through its administration database. */
final class PostgresServer {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ServerSettings admin;
    private final String description;

    PostgresServer(ServerSettings admin, String description) {
        this.admin = admin;
        this.description = description;
    }

    static PostgresServer external(ServerSettings settings) {
        return new PostgresServer(settings, "external PostgreSQL at " + ServerSettings.redact(settings.url()));
    }

    String description() {
        return description;
    }

    TestDatabase createDatabase() {
        // unique across JVMs too: several builds may share one external server
        String name = "lb_test_" + COUNTER.incrementAndGet() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name, "create database " + name);
        return new TestDatabase(name, urlOf(admin.url(), name), admin.user(), admin.password(), this::drop);
    }

    private void drop(TestDatabase database) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            // WITH (FORCE) (PostgreSQL 13+) ends sessions a killed child process may have left behind
            st.execute("DROP DATABASE IF EXISTS " + database.name()
                    + (c.getMetaData().getDatabaseMajorVersion() >= 13 ? " WITH (FORCE)" : ""));
        } catch (SQLException e) {
            LOG.warn("could not drop test database {} on {}: {}", database.name(), description, e.getMessage());
        }
    }

    private void execute(String sql, String what) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what + " on " + description + " (SQLState "
                    + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(admin.url(), admin.user(), admin.password());
    }

    /** The server's URL with its database replaced: {@code jdbc:postgresql://host:port/db?query}. */
    static String urlOf(String serverUrl, String database) {
        int hostStart = serverUrl.indexOf("//");
        if (hostStart < 0) {
            throw new IllegalStateException("cannot derive a database URL from '" + ServerSettings.redact(serverUrl)
                    + "': expected jdbc:postgresql://host[:port]/database");
        }
        int queryStart = serverUrl.indexOf('?');
        int end = queryStart < 0 ? serverUrl.length() : queryStart;
        int pathStart = serverUrl.indexOf('/', hostStart + 2);
        String hostPart = serverUrl.substring(0, pathStart < 0 || pathStart > end ? end : pathStart);
        return hostPart + "/" + database + serverUrl.substring(end);
    }
}
