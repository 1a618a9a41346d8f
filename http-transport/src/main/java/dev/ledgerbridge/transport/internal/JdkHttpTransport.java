package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.Timeouts;
import dev.ledgerbridge.transport.error.RequestTimeoutException;
import dev.ledgerbridge.transport.error.ResponseTooLargeException;
import dev.ledgerbridge.transport.error.TransportException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The base transport on the JDK's {@link HttpClient}. One client, shared, thread-safe.
 *
 * <p>The JDK's request timeout ends when the headers arrive; a server that then sends the body a byte at a time
 * would hold the caller for ever. So the whole exchange, body included, runs under one deadline (the request
 * timeout), and the body is collected by a {@link LimitedBodySubscriber} that stops at the size limit.
 */
public final class JdkHttpTransport implements HttpTransport {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final Timeouts timeouts;
    private final long maxResponseBytes;

    /**
     * @param timeouts         connect timeout and default whole-exchange deadline
     * @param maxResponseBytes largest body read; beyond it {@link ResponseTooLargeException}
     */
    public JdkHttpTransport(Timeouts timeouts, long maxResponseBytes) {
        this.timeouts = timeouts;
        this.maxResponseBytes = maxResponseBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        Duration timeout = request.timeout().orElse(timeouts.request());
        AtomicReference<LimitedBodySubscriber> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            LimitedBodySubscriber s = new LimitedBodySubscriber(info, maxResponseBytes);
            body.set(s);
            return s;
        };
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(httpRequest(request, timeout), handler);
        try {
            HttpResponse<byte[]> r = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new ApiResponse(request, r.statusCode(), r.headers().map(), r.body());
        } catch (TimeoutException e) {
            abort(exchange, body.get());
            throw new RequestTimeoutException("No complete response for " + request.endpoint() + " within " + timeout
                    + (body.get() != null ? " (headers arrived, the body did not finish)" : ""), request.endpoint(), e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), request, timeout);
        } catch (InterruptedException e) {
            abort(exchange, body.get());
            Thread.currentThread().interrupt();
            throw new TransportException("Interrupted while calling " + request.endpoint(), request.endpoint(), e);
        }
    }

    private HttpRequest httpRequest(ApiRequest request, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(timeout);
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> b.header(name, v));
            }
        });
        HttpRequest.BodyPublisher publisher = request.body()
                .map(HttpRequest.BodyPublishers::ofByteArray)
                .orElseGet(HttpRequest.BodyPublishers::noBody);
        b.method(request.method(), publisher);
        return b.build();
    }

    private static void abort(CompletableFuture<?> exchange, LimitedBodySubscriber body) {
        if (body != null) {
            body.fail(new IOException("aborted at the deadline"));
        }
        exchange.cancel(true);
    }

    /**
     * Maps why an exchange failed to the SDK's exceptions. An {@link Error} anywhere in the chain (out of memory,
     * say) is rethrown as it is: it is no "no response", and calling it one would make a write look unsent.
     */
    RuntimeException failure(Throwable cause, ApiRequest request, Duration timeout) {
        Throwable c = cause;
        while (c instanceof CompletionException || c instanceof ExecutionException) {
            c = c.getCause() == null ? c : c.getCause();
            if (c == cause) {
                break;
            }
        }
        rethrowErrors(c);
        String endpoint = request.endpoint();
        if (c instanceof LimitedBodySubscriber.TooLarge big) {
            return new ResponseTooLargeException("Response of " + endpoint + " (HTTP " + big.status + ") exceeds the "
                    + "limit of " + big.limit + " bytes; the server answered, the rest of the body was not read",
                    endpoint, big.status, big.limit);
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new RequestTimeoutException("Connecting for " + endpoint + " timed out after " + timeouts.connect(),
                    endpoint, c);
        }
        if (c instanceof HttpTimeoutException) {
            return new RequestTimeoutException("No complete response for " + endpoint + " within " + timeout,
                    endpoint, c);
        }
        if (c instanceof IllegalArgumentException || c instanceof SecurityException) {
            return (RuntimeException) c;
        }
        return new TransportException("No response for " + endpoint + ": " + c.getClass().getSimpleName()
                + (c.getMessage() == null ? "" : " " + c.getMessage()), endpoint, c);
    }

    /** Throws the first {@link Error} in the cause chain, if any. */
    static void rethrowErrors(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Error e) {
                throw e;
            }
        }
    }
}
