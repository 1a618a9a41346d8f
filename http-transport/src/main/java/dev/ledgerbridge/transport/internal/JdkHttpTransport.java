package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.Timeouts;
import dev.ledgerbridge.transport.error.RequestTimeoutException;
import dev.ledgerbridge.transport.error.TransportException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Set;

/** The base transport on the JDK's {@link HttpClient}. One client, shared, thread-safe. */
public final class JdkHttpTransport implements HttpTransport {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final Timeouts timeouts;

    public JdkHttpTransport(Timeouts timeouts) {
        this.timeouts = timeouts;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout().orElse(timeouts.request()));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> b.header(name, v));
            }
        });
        HttpRequest.BodyPublisher publisher = request.body()
                .map(HttpRequest.BodyPublishers::ofByteArray)
                .orElseGet(HttpRequest.BodyPublishers::noBody);
        b.method(request.method(), publisher);
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(request, r.statusCode(), r.headers().map(), r.body());
        } catch (HttpConnectTimeoutException e) {
            throw new RequestTimeoutException("Connecting for " + request.endpoint() + " timed out after "
                    + timeouts.connect(), request.endpoint(), e);
        } catch (HttpTimeoutException e) {
            throw new RequestTimeoutException("No complete response for " + request.endpoint() + " within "
                    + request.timeout().orElse(timeouts.request()), request.endpoint(), e);
        } catch (IOException e) {
            throw new TransportException("No response for " + request.endpoint() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), request.endpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("Interrupted while calling " + request.endpoint(), request.endpoint(), e);
        }
    }
}
