package dev.ledgerbridge.accountview.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.transport.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link TokenStore} in a JSON file readable and writable by the owner only ({@code rw-------} where the file
 * system supports POSIX permissions). Every save writes a temporary file in the same directory, forces it to
 * disk and moves it over the old file with {@code ATOMIC_MOVE}: a crash leaves either the old or the new tokens,
 * never a torn file. Thread-safe; {@link #locked} holds an exclusive OS lock on the sibling file
 * {@code <name>.lock}, so clients in several processes sharing the file refresh one at a time.
 */
public final class FileTokenStore implements TokenStore {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** One lock per file in this JVM: the OS lock is per process, and a second lock on it from here would fail. */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path file;
    private final Path lockFile;

    private FileTokenStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    }

    /**
     * A store in the given file; the file need not exist yet, its directory must.
     *
     * @param file the token file
     * @return the store
     */
    public static FileTokenStore at(Path file) {
        return new FileTokenStore(Objects.requireNonNull(file, "file"));
    }

    /** The token file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<TokenSet> load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token file " + file, e);
        }
        JsonNode n;
        try {
            n = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            n = null;
        }
        if (n == null || n.isMissingNode()) {
            throw corrupt("is not valid JSON");
        }
        if (!n.isObject()) {
            throw corrupt("is not a JSON object");
        }
        if (n.path("access_token").asText("").isBlank()) {
            throw corrupt("has no access_token");
        }
        String refreshToken = n.path("refresh_token").asText("");
        Instant expiresAt;
        try {
            expiresAt = n.hasNonNull("expires_at") ? Instant.parse(n.get("expires_at").asText()) : null;
        } catch (DateTimeParseException e) {
            throw corrupt("has an unreadable expires_at");
        }
        return Optional.of(TokenSet.builder()
                .accessToken(n.path("access_token").asText())
                .refreshToken(refreshToken.isBlank() ? null : refreshToken)
                .tokenType(n.path("token_type").asText(null))
                .scope(n.path("scope").asText(null))
                .expiresAt(expiresAt)
                .build());
    }

    /**
     * One line naming the file, what is wrong and what to do; no cause from the parser, whose messages could
     * quote the file's content (secrets) and whose stack says nothing useful here.
     */
    private UncheckedIOException corrupt(String what) {
        String message = "token file " + file + " " + what + "; delete it and authorise again";
        return new UncheckedIOException(message, new IOException(message));
    }

    /**
     * Runs the action holding the file's lock: in this JVM a lock shared by every store on the same path, across
     * processes an exclusive {@link FileLock} on {@code <name>.lock} (created when missing, left in place).
     *
     * @throws UncheckedIOException when the lock file cannot be opened or locked
     */
    @Override
    public <T> T locked(Supplier<T> action) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return action.get(); // re-entered: this thread already holds the file lock
            }
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = ch.lock()) {
                return action.get();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock token file " + file + " (through " + lockFile + ")", e);
            }
        } finally {
            local.unlock();
        }
    }

    @Override
    public synchronized void save(TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens");
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("access_token", tokens.accessToken());
        tokens.refreshToken().ifPresent(r -> n.put("refresh_token", r));
        n.put("token_type", tokens.tokenType());
        tokens.scope().ifPresent(s -> n.put("scope", s));
        tokens.expiresAt().ifPresent(e -> n.put("expires_at", e.toString()));
        Path dir = file.getParent();
        Path tmp = null;
        try {
            tmp = createOwnerOnlyTempFile(dir);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(Json.write(n)));
                ch.force(true);
            }
            moveAtomically(tmp, file);
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save tokens to " + file, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temp file holds no more than the target would have
                }
            }
        }
    }

    private Path createOwnerOnlyTempFile(Path dir) throws IOException {
        String prefix = "." + file.getFileName() + ".";
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createTempFile(dir, prefix, ".tmp", attr);
        }
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        tmp.toFile().setReadable(false, false);
        tmp.toFile().setReadable(true, true);
        tmp.toFile().setWritable(false, false);
        tmp.toFile().setWritable(true, true);
        return tmp;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to + " cannot replace files atomically; "
                    + "choose another location for the token file", e);
        }
    }

    private static void syncDirectory(Path dir) {
        // makes the rename itself durable; not every platform lets a directory be opened
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }

    @Override
    public String toString() {
        return "FileTokenStore{" + file + "}";
    }
}
