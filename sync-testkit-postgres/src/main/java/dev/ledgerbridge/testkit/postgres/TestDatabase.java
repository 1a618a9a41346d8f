package dev.ledgerbridge.testkit.postgres;

import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database of its own on the tests' PostgreSQL server (from {@link TestPostgres#createDatabase()}): nothing
 * another test wrote is in it. Immutable; {@link #close()} drops it.
 */
public final class TestDatabase implements AutoCloseable {
    /** Environment variable naming the JDBC URL, see {@link #environment()}. */
    public static final String URL_VARIABLE = "LEDGERBRIDGE_POSTGRES_URL";
    /** Environment variable naming the user, see {@link #environment()}. */
    public static final String USER_VARIABLE = "LEDGERBRIDGE_POSTGRES_USER";
    /** Environment variable naming the password, see {@link #environment()}. */
    public static final String PASSWORD_VARIABLE = "LEDGERBRIDGE_POSTGRES_PASSWORD";

    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final Consumer<TestDatabase> dropper;

    TestDatabase(String name, String url, String user, String password, Consumer<TestDatabase> dropper) {
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
    }

    /**
     * The database name, e.g. {@code lb_test_3_5f0c2a9e41d7}.
     *
     * @return the name, unique on the server
     */
    public String name() {
        return name;
    }

    /**
     * The JDBC URL of this database, e.g. {@code jdbc:postgresql://localhost:41234/lb_test_3_5f0c2a9e41d7}.
     *
     * @return the URL (holds no credentials unless the external server's URL did)
     */
    public String url() {
        return url;
    }

    /**
     * The user to connect as.
     *
     * @return the user name
     */
    public String user() {
        return user;
    }

    /**
     * The password to connect with.
     *
     * @return the password; empty for the embedded server (trust authentication on loopback)
     */
    public String password() {
        return password;
    }

    /**
     * A data source on this database (a new connection per {@code getConnection()}).
     *
     * @return a data source with URL, user and password set
     */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /**
     * The variables that hand this database to a child process: {@value #URL_VARIABLE}, {@value #USER_VARIABLE}
     * and {@value #PASSWORD_VARIABLE}, for {@code processBuilder.environment().putAll(...)}. The environment,
     * unlike the command line, is not visible to other users in the process list.
     *
     * @return an unmodifiable map of the three variables
     */
    public Map<String, String> environment() {
        return Map.of(URL_VARIABLE, url, USER_VARIABLE, user, PASSWORD_VARIABLE, password);
    }

    /**
     * Drops the database ({@code DROP DATABASE}, closing sessions still connected to it where the server supports
     * that). Best effort: a database that cannot be dropped is left behind with a warning in the log, and goes
     * with the embedded server's data directory anyway. Calling it again has no effect.
     */
    @Override
    public void close() {
        dropper.accept(this);
    }

    /** Name and URL; never the password. */
    @Override
    public String toString() {
        return "TestDatabase[" + name + " at " + url + " as " + user + "]";
    }
}
