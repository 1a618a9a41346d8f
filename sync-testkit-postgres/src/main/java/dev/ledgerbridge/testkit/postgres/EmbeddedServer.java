package dev.ledgerbridge.testkit.postgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JVM's embedded PostgreSQL (zonky); its shutdown hook stops it and deletes the data directory. */
final class EmbeddedServer {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    /** A free port is picked before the start: another process may take it first, so try a few times. */
    private static final int ATTEMPTS = 3;
    /** Generous: four builds may share two cores. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private EmbeddedServer() {
    }

    static PostgresServer start() {
        return start(RootUser.needsNonRootBinaries());
    }

    static PostgresServer start(boolean nonRootBinaries) {
        RuntimeException failure = null;
        boolean wrap = nonRootBinaries;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long started = System.nanoTime();
            File dataDirectory = dataDirectory();
            try {
                EmbeddedPostgres postgres = builder(dataDirectory, wrap).start();
                String description = "embedded PostgreSQL " + version(postgres) + " on port " + postgres.getPort()
                        + (wrap ? " (as user nobody via setpriv)" : "");
                LOG.info("{} started in {} ms", description, (System.nanoTime() - started) / 1_000_000);
                String adminUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
                return new PostgresServer(new ServerSettings(adminUrl, "postgres", ""), description);
            } catch (IOException | RuntimeException e) {
                LOG.warn("embedded PostgreSQL did not start (attempt {} of {}): {}", attempt, ATTEMPTS, e.toString());
                failure = new IllegalStateException("embedded PostgreSQL did not start after " + attempt
                        + " attempts: " + e.getMessage() + RootUser.hint(), e);
                deleteQuietly(dataDirectory.toPath());
                // as root, unshare may pass zonky's probe and still not let initdb run: drop privileges instead
                wrap |= RootUser.isRoot();
            }
        }
        throw failure;
    }

    private static EmbeddedPostgres.Builder builder(File dataDirectory, boolean nonRootBinaries) {
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(nonRootBinaries ? NonRootBinaries.INSTANCE
                        : DefaultPostgresBinaryResolver.INSTANCE)
                .setDataDirectory(dataDirectory)
                .setPGStartupWait(STARTUP_WAIT)
                // the server is thrown away with the JVM: its own durability does not matter, speed does
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost");
    }

    /**
     * Under zonky's working directory ({@code java.io.tmpdir/embedded-pg}): zonky deletes it when the JVM exits
     * and, on a later start, stops and deletes the ones a killed JVM left there (after 10 minutes).
     */
    private static File dataDirectory() {
        File working = new File(System.getProperty("ot.epg.working-dir",
                new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath()));
        return new File(working, "ledgerbridge-" + UUID.randomUUID());
    }

    private static String version(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL started but does not answer: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete {}: {}", directory, e.toString());
        }
    }
}
