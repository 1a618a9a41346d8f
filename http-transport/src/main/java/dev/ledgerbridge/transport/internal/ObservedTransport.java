package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.HttpTransport;

/**
 * Tells the request's {@link ClientObserver} about each attempt. It sits below retry and rate limiting, so every
 * retry is an attempt of its own and the time of an attempt does not include waits for permits.
 */
public final class ObservedTransport implements HttpTransport {
    private final HttpTransport delegate;

    public ObservedTransport(HttpTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public ApiResponse execute(ApiRequest request) {
        ClientObserver.Step attempt = request.observer().attemptStarted(request);
        ApiResponse response;
        try {
            response = delegate.execute(request);
        } catch (RuntimeException e) {
            attempt.failed(e);
            throw e;
        }
        attempt.responded(response);
        return response;
    }
}
