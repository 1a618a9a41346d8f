package dev.ledgerbridge.micrometer.internal;

import dev.ledgerbridge.micrometer.ObservationNames;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.RateLimit;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.TransportException;
import io.micrometer.observation.Observation;
import java.time.Duration;

/**
 * A {@link ClientObserver} on the Observation API: an {@value ObservationNames#API_REQUEST} per attempt, a
 * {@value ObservationNames#RATE_LIMIT_WAIT} per wait for a permit, a {@value ObservationNames#TOKEN_REFRESH} per
 * token refresh. Stateless apart from the factory; thread-safe.
 */
public final class ObservingClientObserver implements ClientObserver {
    private final ObservationFactory factory;

    public ObservingClientObserver(ObservationFactory factory) {
        this.factory = factory;
    }

    @Override
    public Step attemptStarted(ApiRequest request) {
        Observation attempt = factory.create(ObservationNames.API_REQUEST)
                .contextualName(request.endpoint())
                .lowCardinalityKeyValue(ObservationNames.SYSTEM, system(request))
                .lowCardinalityKeyValue(ObservationNames.METHOD, request.method())
                .highCardinalityKeyValue(ObservationNames.ENDPOINT, request.endpoint())
                .start();
        return new Step() {
            @Override
            public void responded(ApiResponse response) {
                attempt.lowCardinalityKeyValue(ObservationNames.OUTCOME, response.status() / 100 + "xx")
                        .highCardinalityKeyValue(ObservationNames.STATUS, Integer.toString(response.status()))
                        .stop();
            }

            @Override
            public void failed(RuntimeException failure) {
                stopFailed(attempt, failure instanceof TransportException
                        ? ObservationNames.TRANSPORT_ERROR : ObservationNames.ERROR, failure);
            }
        };
    }

    @Override
    public Step rateLimitWaitStarted(ApiRequest request, RateLimit limit, Duration wait) {
        Observation waiting = factory.create(ObservationNames.RATE_LIMIT_WAIT)
                .lowCardinalityKeyValue(ObservationNames.SYSTEM, system(request))
                .highCardinalityKeyValue(ObservationNames.LIMIT, limit.key())
                .highCardinalityKeyValue(ObservationNames.PLANNED_WAIT, Long.toString(wait.toMillis()))
                .start();
        return new Step() {
            @Override
            public void ended() {
                waiting.stop();
            }

            @Override
            public void failed(RuntimeException failure) {
                waiting.error(failure);
                waiting.stop();
            }
        };
    }

    @Override
    public Step tokenRefreshStarted(String system, String trigger) {
        Observation refresh = factory.create(ObservationNames.TOKEN_REFRESH)
                .lowCardinalityKeyValue(ObservationNames.SYSTEM, system)
                .lowCardinalityKeyValue(ObservationNames.TRIGGER, trigger)
                .start();
        return new Step() {
            @Override
            public void ended() {
                refresh.lowCardinalityKeyValue(ObservationNames.OUTCOME, ObservationNames.REFRESH_SUCCESS).stop();
            }

            @Override
            public void failed(RuntimeException failure) {
                stopFailed(refresh, failure instanceof AuthenticationException
                        ? ObservationNames.REFRESH_REFUSED : ObservationNames.ERROR, failure);
            }
        };
    }

    private static String system(ApiRequest request) {
        return request.system().orElse(ObservationNames.OTHER);
    }

    private static void stopFailed(Observation observation, String outcome, RuntimeException failure) {
        observation.lowCardinalityKeyValue(ObservationNames.OUTCOME, outcome).error(failure);
        observation.stop();
    }
}
