package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.state.StateStoreException;

/**
 * Checks that an optional JDBC driver is on the classpath before a store is built on it, so a missing driver is
 * one clear message when the store is created rather than "No suitable driver" on its first use.
 */
public final class JdbcDrivers {
    /** H2's driver class. */
    public static final String H2_DRIVER = "org.h2.Driver";
    /**
     * The H2 version this SDK is built and tested with (the parent POM's {@code h2.version}; a test keeps the two
     * equal).
     */
    public static final String H2_VERSION = "2.5.252";

    private JdbcDrivers() {
    }

    /**
     * Fails unless H2's driver can be loaded.
     *
     * @throws StateStoreException naming the dependency to add and the alternative
     */
    public static void requireH2() {
        require(H2_DRIVER, "JdbcStateStore.h2File needs the H2 driver (" + H2_DRIVER + ") on the classpath, and the "
                + "SDK does not bring it (it is an optional dependency of sync-core): add com.h2database:h2:"
                + H2_VERSION + " to your build (Maven: <dependency><groupId>com.h2database</groupId><artifactId>h2"
                + "</artifactId><version>" + H2_VERSION + "</version></dependency>); or use JdbcStateStore.open(url, "
                + "user, password) or JdbcStateStore.open(DataSource) with your own database and its driver");
    }

    /**
     * Fails with {@code message} unless {@code driverClass} can be loaded, by this library's class loader or the
     * thread's context class loader (where application servers and {@code exec:java} put the application's jars).
     * The class is not initialised.
     *
     * @param driverClass fully qualified class name of the driver
     * @param message     the whole message of the exception
     * @throws StateStoreException with {@code message} and the {@link ClassNotFoundException} as cause
     */
    public static void require(String driverClass, String message) {
        ClassNotFoundException notFound;
        try {
            Class.forName(driverClass, false, JdbcDrivers.class.getClassLoader());
            return;
        } catch (ClassNotFoundException | LinkageError e) {
            notFound = e instanceof ClassNotFoundException c ? c : new ClassNotFoundException(driverClass, e);
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            try {
                Class.forName(driverClass, false, context);
                return;
            } catch (ClassNotFoundException | LinkageError e) {
                notFound.addSuppressed(e);
            }
        }
        throw new StateStoreException(message, notFound);
    }
}
