package dev.ledgerbridge.accountview.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.transport.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link TokenStore} in a JSON file readable and writable by the owner only ({@code rw-------} where the file
 * system supports POSIX permissions). Every save writes a temporary file in the same directory, forces it to
 * disk and moves it over the old file with {@code ATOMIC_MOVE}: a crash leaves either the old or the new tokens,
 * never a torn file. Thread-safe within one process.
 */
public final class FileTokenStore implements TokenStore {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final Path file;

    private FileTokenStore(Path file) {
        this.file = file.toAbsolutePath();
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
        try {
            JsonNode n = Json.mapper().readTree(bytes);
            return Optional.of(TokenSet.builder()
                    .accessToken(n.path("access_token").asText(null))
                    .refreshToken(n.path("refresh_token").asText(null))
                    .tokenType(n.path("token_type").asText(null))
                    .scope(n.path("scope").asText(null))
                    .expiresAt(n.hasNonNull("expires_at") ? Instant.parse(n.get("expires_at").asText()) : null)
                    .build());
        } catch (IOException | RuntimeException e) {
            // the message names the file only: the content holds secrets
            throw new UncheckedIOException("token file " + file + " is not a valid token file",
                    new IOException(e.getClass().getSimpleName()));
        }
    }

    @Override
    public synchronized void save(TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens");
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("access_token", tokens.accessToken());
        n.put("refresh_token", tokens.refreshToken());
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
