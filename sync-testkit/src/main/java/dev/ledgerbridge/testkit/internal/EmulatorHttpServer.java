package dev.ledgerbridge.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.FaultInjector;
import dev.ledgerbridge.testkit.RequestStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side shared by both emulators: a JDK {@link HttpServer} on loopback, the request counters, the fault
 * injector, and a uniform error path. The emulator supplies routing and the API-specific fault answers.
 */
public final class EmulatorHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHttpServer.class);

    static {
        // Without TCP_NODELAY the JDK server sends headers and body as two small segments and Nagle's algorithm
        // plus the client's delayed ACK adds ~40 ms to every answer. Read once, when the JDK server first loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Function<Call, Route> router;
    private final Function<Fault, Reply> faultReplies;
    private final RequestStats stats = new RequestStats();
    private final FaultInjector faults;

    /**
     * Starts a server with fresh request counters and a fault injector.
     *
     * @param name thread name prefix
     * @param port port, 0 for a free one
     * @param seed seed of the fault injector's random faults
     * @param router maps a call to its route (unknown paths map to a route answering the API's 404)
     * @param faultReplies the API's answers for {@link Fault#SERVER_ERROR} and {@link Fault#THROTTLE}
     */
    public EmulatorHttpServer(String name, int port, long seed, Function<Call, Route> router,
                              Function<Fault, Reply> faultReplies) {
        this.router = router;
        this.faultReplies = faultReplies;
        this.faults = new FaultInjector(seed);
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, 256, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind emulator " + name + " to loopback port " + port, e);
        }
        server.createContext("/", this::exchange);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Returns the bound port.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Returns {@code http://127.0.0.1:<port>}.
     *
     * @return the origin without trailing slash
     */
    public String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    /**
     * Returns the live request counters.
     *
     * @return the counters
     */
    public RequestStats stats() {
        return stats;
    }

    /**
     * Returns the live fault injector.
     *
     * @return the injector
     */
    public FaultInjector faults() {
        return faults;
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            Call call;
            try (InputStream in = exchange.getRequestBody()) {
                call = new Call(exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                        exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders(), in.readAllBytes());
            }
            Route route = router.apply(call);
            stats.record(route.endpoint());
            FaultInjector.Decision decision = faults.decide(route.keys());
            if (!pause(decision.latencyMillis())) {
                return;
            }
            Reply reply;
            if (decision.fault() == Fault.CONNECTION_RESET) {
                return; // closing the exchange before sending headers drops the connection
            } else if (decision.fault() == Fault.TIMEOUT) {
                if (!pause(decision.holdMillis())) {
                    return;
                }
                reply = answer(route, call);
            } else if (decision.fault() != null) {
                reply = faultReplies.apply(decision.fault());
            } else {
                reply = answer(route, call);
            }
            send(exchange, reply);
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        }
    }

    private Reply answer(Route route, Call call) {
        try {
            return route.handler().handle(call);
        } catch (RuntimeException e) {
            LOG.warn("emulator failed on {} {}", call.method(), call.path(), e);
            return faultReplies.apply(Fault.SERVER_ERROR);
        }
    }

    private static boolean pause(long millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        for (Map.Entry<String, String> h : reply.headers().entrySet()) {
            exchange.getResponseHeaders().set(h.getKey(), h.getValue());
        }
        int length = reply.body().length;
        exchange.sendResponseHeaders(reply.status(), length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    /** Stops accepting, interrupts requests held by latency or timeout faults, and frees the port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
