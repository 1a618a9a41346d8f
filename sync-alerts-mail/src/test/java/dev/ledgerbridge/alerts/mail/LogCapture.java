package dev.ledgerbridge.alerts.mail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What slf4j-simple writes to System.err while it is open. */
final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    LogCapture() {
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(original);
        System.err.print(text());
    }
}
