package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.transport.TimeSource;
import dev.ledgerbridge.transport.error.TransportException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange through SLF4J with secrets hidden: DEBUG one line, TRACE headers and bodies.
 * The full URI (with query) is logged only at TRACE and redacted; the DEBUG line names the endpoint.
 */
public final class LoggingTransport implements HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ledgerbridge.transport.http");

    private final HttpTransport delegate;
    private final LoggingPolicy policy;
    private final Redactor redactor;
    private final TimeSource time;

    public LoggingTransport(HttpTransport delegate, LoggingPolicy policy, TimeSource time) {
        this.delegate = delegate;
        this.policy = policy;
        this.redactor = new Redactor(policy);
        this.time = time;
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        if (!LOG.isDebugEnabled()) {
            return delegate.execute(request);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("--> {} {}{}{}", request.method(), redactor.text(request.uri().toString(), request.sensitiveValues()),
                    headers(request.headers(), request), body(request.bodyAsString().orElse(""), request));
        }
        long start = time.nanoTime();
        try {
            ApiResponse response = delegate.execute(request);
            long ms = (time.nanoTime() - start) / 1_000_000;
            LOG.debug("{} -> {} ({} ms, {} bytes)", request.endpoint(), response.status(), ms, response.body().length);
            if (LOG.isTraceEnabled()) {
                LOG.trace("<-- {}{}{}", response.status(), headers(response.headers(), request),
                        body(response.bodyAsString(), request));
            }
            return response;
        } catch (TransportException e) {
            long ms = (time.nanoTime() - start) / 1_000_000;
            LOG.debug("{} -> no response after {} ms: {}", request.endpoint(), ms, e.getClass().getSimpleName());
            throw e;
        }
    }

    private String headers(Map<String, List<String>> headers, ApiRequest request) {
        StringBuilder sb = new StringBuilder();
        headers.forEach((name, values) -> values.forEach(v -> sb.append("\n    ").append(name).append(": ")
                .append(redactor.text(redactor.header(name, v), request.sensitiveValues()))));
        return sb.toString();
    }

    private String body(String body, ApiRequest request) {
        if (!policy.logBodies() || body.isEmpty()) {
            return "";
        }
        String shown = redactor.text(body, request.sensitiveValues());
        if (shown.length() > policy.maxBodyChars()) {
            shown = shown.substring(0, policy.maxBodyChars()) + "... (" + body.length() + " chars)";
        }
        return "\n    " + shown;
    }
}
