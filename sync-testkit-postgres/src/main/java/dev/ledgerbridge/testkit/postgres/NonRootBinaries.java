package dev.ledgerbridge.testkit.postgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * zonky's PostgreSQL archive with {@code initdb} and {@code pg_ctl} wrapped so that, started as root, they hand the
 * data directory to {@code nobody} and run as {@code nobody} ({@code setpriv}); as any other user they run as is.
 * PostgreSQL refuses to run as root, and zonky's own way around that ({@code unshare -U}) fails where user
 * namespaces are not allowed (e.g. Docker's default seccomp profile). The server that {@code pg_ctl} starts
 * inherits the user; {@code initdb} runs {@code postgres} the same way.
 */
final class NonRootBinaries implements PgBinaryResolver {
    static final NonRootBinaries INSTANCE = new NonRootBinaries();
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String NOBODY = "65534";
    private static final String WRAPPER = String.join("\n",
            "#!/bin/sh",
            "# PostgreSQL refuses to run as root: as root, give the data directory (-D) to nobody and run as nobody",
            "real=\"$0.bin\"",
            "[ \"$(id -u)\" = 0 ] || exec \"$real\" \"$@\"",
            "previous=",
            "for argument in \"$@\"; do",
            "  if [ \"$previous\" = -D ]; then chown -R " + NOBODY + ":" + NOBODY + " \"$argument\" || exit 1; fi",
            "  previous=\"$argument\"",
            "done",
            "exec setpriv --reuid=" + NOBODY + " --regid=" + NOBODY + " --clear-groups \"$real\" \"$@\"",
            "");

    private NonRootBinaries() {
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (original == null) {
            return null;
        }
        // on disk, not in the heap: about 55 MB uncompressed, and zonky holds another copy while it extracts
        Path rewritten = Files.createTempFile("ledgerbridge-postgres-", ".txz");
        // zonky reads xz only; stored uncompressed, as rewriting runs in every JVM and compressing took seconds
        LZMA2Options stored = new LZMA2Options();
        stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(
                     Files.newOutputStream(rewritten), stored))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name)) {
                    entry.setName(name + ".bin");
                    addWrapper(out, name, entry);
                }
                out.putArchiveEntry(entry);
                in.transferTo(out);
                out.closeArchiveEntry();
            }
        }
        return Files.newInputStream(rewritten, StandardOpenOption.DELETE_ON_CLOSE);
    }

    private static void addWrapper(TarArchiveOutputStream out, String name, TarArchiveEntry real) throws IOException {
        byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry wrapper = new TarArchiveEntry(name);
        wrapper.setMode(0755);
        wrapper.setSize(script.length);
        wrapper.setModTime(real.getModTime()); // the same archive every time: zonky caches it by digest
        out.putArchiveEntry(wrapper);
        out.write(script);
        out.closeArchiveEntry();
    }
}
