package dev.ledgerbridge.transport.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.Timeouts;
import dev.ledgerbridge.transport.error.TransportException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The JDK wraps what fails inside an exchange; an Error inside must come out as the Error. */
class JdkHttpTransportFailureTest {
    private final JdkHttpTransport transport = new JdkHttpTransport(Timeouts.defaults(), 1024);
    private final ApiRequest request = ApiRequest.builder().uri(URI.create("http://h/x")).endpoint("GET /x").build();

    @Test
    void anOutOfMemoryErrorWrappedByTheJdkIsRethrownNotCalledNoResponse() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> transport.failure(
                new CompletionException(new IOException("Java heap space", oom)), request, Duration.ofSeconds(1)));
        assertSame(oom, thrown);
    }

    @Test
    void anIoFailureIsNoResponse() {
        assertInstanceOf(TransportException.class, transport.failure(new CompletionException(
                new IOException("connection reset")), request, Duration.ofSeconds(1)));
    }
}
