package dev.ledgerbridge.transport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what slf4j-simple writes (it resolves System.err on every call) while a block runs.
 * Test configuration (simplelogger.properties) sets our loggers to TRACE.
 */
final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    LogCapture() {
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
