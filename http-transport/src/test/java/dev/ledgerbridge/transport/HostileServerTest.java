package dev.ledgerbridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ledgerbridge.transport.error.RequestTimeoutException;
import dev.ledgerbridge.transport.error.ResponseTooLargeException;
import dev.ledgerbridge.transport.error.TransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that answer, but badly: a body dribbled at a byte per half second, an endless body, a body over the
 * limit with its length announced. A tiny JDK server, because WireMock cannot stream an endless body.
 */
class HostileServerTest {
    private HttpServer server;
    private final AtomicBoolean clientHungUp = new AtomicBoolean();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/dribble", this::dribble);
        server.createContext("/endless", this::endless);
        server.createContext("/big", this::big);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Headers at once, then one byte every 500 ms for 30 s. */
    private void dribble(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 60; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(500);
            }
        } catch (IOException e) {
            clientHungUp.set(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Chunks of 64 KiB, without end, until the client hangs up. */
    private void endless(HttpExchange ex) throws IOException {
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = ex.getResponseBody()) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException e) {
            clientHungUp.set(true);
        }
    }

    /** 20 MiB with Content-Length: above the default limit of 16 MiB. */
    private void big(HttpExchange ex) throws IOException {
        int size = 20 * 1024 * 1024;
        ex.sendResponseHeaders(200, size);
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < size / chunk.length; i++) {
                out.write(chunk);
            }
        } catch (IOException e) {
            clientHungUp.set(true);
        }
    }

    private static ApiRequest get(URI uri, String endpoint) {
        return ApiRequest.builder().uri(uri).endpoint(endpoint).build();
    }

    @Test
    void aBodyDribbledByteByByteTimesOutAtTheRequestDeadline() {
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.none())
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofMillis(1500))).build();
        long start = System.nanoTime();
        RequestTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                RequestTimeoutException.class, () -> t.execute(get(url("/dribble"), "GET /dribble"))));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 6000, "took " + ms + " ms");
        assertTrue(e.getMessage().contains("GET /dribble") && e.getMessage().contains("PT1.5S"), e.getMessage());
    }

    @Test
    void anEndlessBodyIsCutAtTheLimitAndReportedAsAnAnswerNotAsNoResponse() {
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.none()).maxResponseBytes(1024 * 1024)
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(20))).build();
        ResponseTooLargeException e = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThrows(
                ResponseTooLargeException.class, () -> t.execute(get(url("/endless"), "GET /endless"))));
        assertFalse(TransportException.class.isInstance(e), "the server answered: not a transport failure");
        assertEquals(200, e.httpStatus());
        assertEquals(1024 * 1024, e.limitBytes());
        assertFalse(e.isRetryable());
        assertTrue(e.getMessage().contains("GET /endless") && e.getMessage().contains("1048576 bytes")
                && e.getMessage().contains("answered"), e.getMessage());
    }

    @Test
    void theDefaultLimitIs16MiBAndAnAnnouncedLargerBodyIsRefused() {
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.none())
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(20))).build();
        ResponseTooLargeException e = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThrows(
                ResponseTooLargeException.class, () -> t.execute(get(url("/big"), "GET /big"))));
        assertEquals(16L * 1024 * 1024, e.limitBytes());
    }

    @Test
    void aNonPositiveLimitIsRefusedAtBuildTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transports.builder().maxResponseBytes(0));
        assertTrue(e.getMessage().contains("maxResponseBytes"), e.getMessage());
    }

    @Test
    void anErrorInTheBaseTransportIsNeitherCaughtNorRelabelledByTheDecorators() {
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
                .base(request -> {
                    throw new OutOfMemoryError("simulated");
                }).build();
        assertThrows(OutOfMemoryError.class, () -> t.execute(ApiRequest.builder().uri(url("/x")).build()));
    }
}
