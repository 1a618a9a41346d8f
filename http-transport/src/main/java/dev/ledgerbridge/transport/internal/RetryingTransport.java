package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.TimeSource;
import dev.ledgerbridge.transport.error.TransportException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a repeatable request again after a transport failure or a response the policy classifies
 * as retryable. Non-repeatable requests pass through untouched: a write whose first attempt may
 * have been applied is never repeated behind the caller's back.
 */
public final class RetryingTransport implements HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ledgerbridge.transport.retry");

    private final HttpTransport delegate;
    private final RetryPolicy policy;
    private final TimeSource time;
    private final DoubleSupplier random;

    public RetryingTransport(HttpTransport delegate, RetryPolicy policy, TimeSource time, DoubleSupplier random) {
        this.delegate = delegate;
        this.policy = policy;
        this.time = time;
        this.random = random;
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        if (!request.repeatable()) {
            return delegate.execute(request);
        }
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            ApiResponse response;
            try {
                response = delegate.execute(request);
            } catch (TransportException e) {
                if (last) {
                    throw e;
                }
                pause(request, attempt, backoff(attempt), e.getClass().getSimpleName());
                continue;
            }
            if (last || !policy.classifier().isRetryable(response)) {
                return response;
            }
            Optional<Duration> asked = policy.classifier().serverRequestedWait(response)
                    .or(() -> RetryAfter.of(response, time.now()));
            if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                return response; // the caller sees the throttling with the wait, rather than blocking for long
            }
            pause(request, attempt, asked.isPresent() ? asked.get() : backoff(attempt), "HTTP " + response.status());
        }
    }

    /** Equal jitter: keep (1 - jitter) of the backoff and randomise the rest. */
    Duration backoff(int attempt) {
        Duration base = policy.backoffBeforeNext(attempt);
        double keep = 1.0 - policy.jitter() * random.getAsDouble();
        return Duration.ofNanos((long) (base.toNanos() * keep));
    }

    private void pause(ApiRequest request, int attempt, Duration wait, String reason) {
        LOG.debug("{} failed ({}), attempt {} of {}, retrying in {} ms", request.endpoint(), reason, attempt,
                policy.maxAttempts(), wait.toMillis());
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("Interrupted while waiting to retry " + request.endpoint(),
                    request.endpoint(), e);
        }
    }
}
