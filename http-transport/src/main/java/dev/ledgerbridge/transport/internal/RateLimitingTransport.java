package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.RateLimit;
import dev.ledgerbridge.transport.TimeSource;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.TransportException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Takes one permit from each bucket the request names before sending it, blocking up to a timeout.
 * Buckets are created on first use per key and live as long as the transport, so every client built
 * on one transport shares them. A wait is reported to the request's {@link ClientObserver}.
 */
public final class RateLimitingTransport implements HttpTransport {
    private final HttpTransport delegate;
    private final TimeSource time;
    private final Duration maxWait;
    private final ConcurrentMap<String, Limiter> buckets = new ConcurrentHashMap<>();

    public RateLimitingTransport(HttpTransport delegate, TimeSource time, Duration maxWait) {
        this.delegate = delegate;
        this.time = time;
        this.maxWait = maxWait;
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        for (RateLimit limit : request.rateLimits()) {
            acquire(limit, request);
        }
        return delegate.execute(request);
    }

    private void acquire(RateLimit limit, ApiRequest request) {
        String endpoint = request.endpoint();
        Limiter bucket = buckets.computeIfAbsent(limit.key(), k -> limit.isSlidingWindow()
                ? new SlidingWindowLog(limit, time) : new TokenBucket(limit, time));
        long usableAt = bucket.reserve(maxWait);
        if (usableAt < 0) {
            throw new RateLimitedException("Client-side rate limit '" + limit.key() + "' (" + limit.permits() + " per "
                    + limit.period() + ") has no permit within " + maxWait + " for " + endpoint, endpoint, 0, null,
                    bucket.currentWait());
        }
        long wait = usableAt - time.nanoTime();
        ClientObserver.Step step = wait > 0
                ? request.observer().rateLimitWaitStarted(request, limit, Duration.ofNanos(wait)) : ClientObserver.Step.NONE;
        try {
            time.sleepUntil(usableAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            TransportException interrupted = new TransportException("Interrupted while waiting for rate limit '"
                    + limit.key() + "'", endpoint, e);
            step.failed(interrupted);
            throw interrupted;
        }
        step.ended();
    }
}
