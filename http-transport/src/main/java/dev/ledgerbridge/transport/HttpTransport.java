package dev.ledgerbridge.transport;

import dev.ledgerbridge.transport.error.TransportException;

/**
 * The one way the SDK talks HTTP: send a request, get the response. Implementations must be
 * thread-safe. Retry, rate limiting, logging and timeouts are decorators around this interface,
 * assembled by {@link Transports#builder()}; a user may supply their own base implementation
 * (for example to route through a proxy library) and keep the decorators.
 *
 * <p>Contract: a response is returned for every HTTP status, including 4xx and 5xx. An exception is
 * thrown only when no complete response arrived ({@link TransportException}: connection refused, reset,
 * timeout, the body not finished by the deadline), when the body exceeds the size limit
 * ({@link dev.ledgerbridge.transport.error.ResponseTooLargeException}: the server did answer), when the calling
 * thread was interrupted, or when a decorator refuses the call (rate limit could not be acquired within its
 * timeout). An {@link Error} is never turned into one of these.
 */
@FunctionalInterface
public interface HttpTransport {
    /**
     * Sends the request and returns the complete response.
     *
     * @param request the request
     * @return the response, whatever its status
     * @throws TransportException when no response arrived
     */
    ApiResponse execute(ApiRequest request);
}
