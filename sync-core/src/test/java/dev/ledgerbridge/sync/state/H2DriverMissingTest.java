package dev.ledgerbridge.sync.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.internal.JdbcDrivers;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 is optional: without it {@code h2File} fails at once with one message saying what to add. */
class H2DriverMissingTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDriverClassIsOneClearStateStoreException() {
        StateStoreException e = assertThrows(StateStoreException.class,
                () -> JdbcDrivers.require("org.example.NoSuchDriver", "add the driver"));
        assertEquals("add the driver", e.getMessage());
        assertInstanceOf(ClassNotFoundException.class, e.getCause());
    }

    @Test
    void aPresentDriverClassPasses() {
        JdbcDrivers.require(JdbcDrivers.H2_DRIVER, "not expected");
        JdbcDrivers.requireH2();
    }

    @Test
    void theVersionInTheMessageIsTheOneTheBuildUses() {
        String built = System.getProperty("ledgerbridge.h2.version");
        assertNotNull(built, "surefire passes the POM's h2.version");
        assertEquals(built, JdbcDrivers.H2_VERSION, "JdbcDrivers.H2_VERSION must follow the parent POM's h2.version");
    }

    /** The real classpath minus the H2 jar, in a fresh class loader: what a user without H2 runs. */
    @Test
    void h2FileWithoutH2OnTheClasspathSaysWhatToAdd() throws Exception {
        List<URL> urls = new ArrayList<>();
        boolean droppedH2 = false;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().matches("h2-\\d.*\\.jar")) {
                droppedH2 = true;
            } else {
                urls.add(url(entry));
            }
        }
        assertTrue(droppedH2, "the test classpath holds the H2 jar to leave out: " + urls);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withoutH2 = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("org.h2.Driver", false, withoutH2));
            Thread.currentThread().setContextClassLoader(withoutH2);
            Method h2File = withoutH2.loadClass(JdbcStateStore.class.getName()).getMethod("h2File", Path.class);
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> h2File.invoke(null, dir.resolve("state")));
            Throwable e = thrown.getCause();
            assertEquals(StateStoreException.class.getName(), e.getClass().getName());
            assertEquals("JdbcStateStore.h2File needs the H2 driver (org.h2.Driver) on the classpath, and the SDK does "
                    + "not bring it (it is an optional dependency of sync-core): add com.h2database:h2:"
                    + JdbcDrivers.H2_VERSION + " to your build (Maven: <dependency><groupId>com.h2database</groupId>"
                    + "<artifactId>h2</artifactId><version>" + JdbcDrivers.H2_VERSION + "</version></dependency>); "
                    + "or use JdbcStateStore.open(url, user, password) or JdbcStateStore.open(DataSource) with your "
                    + "own database and its driver", e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "nothing is created when the driver is missing");
        }
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
