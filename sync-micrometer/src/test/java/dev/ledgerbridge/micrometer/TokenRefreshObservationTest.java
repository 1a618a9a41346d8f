package dev.ledgerbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.error.AuthenticationException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AccountView token refreshes against the emulator: why each happened and how it ended. */
class TokenRefreshObservationTest {
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final AccountViewEmulator emulator = AccountViewEmulator.builder().clock(new ManualClock(START))
            .tokenLifetimes(Duration.ofHours(1), Duration.ofDays(30)).start();
    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    private final ManualTimeSource time = new ManualTimeSource(START);
    private final AccountViewClient client;

    TokenRefreshObservationTest() {
        registry.observationConfig().observationHandler(new StoppedContexts(stopped));
        LedgerbridgeObservations observations = LedgerbridgeObservations.builder().registry(registry).build();
        client = EmulatorClients.accountViewBuilder(emulator).timeSource(time)
                .observer(observations.clientObserver()).build();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private List<String> refreshes() {
        return stopped.stream().filter(c -> c.getName().equals(ObservationNames.TOKEN_REFRESH))
                .map(c -> c.getLowCardinalityKeyValue(ObservationNames.TRIGGER).getValue() + ":"
                        + c.getLowCardinalityKeyValue(ObservationNames.OUTCOME).getValue())
                .toList();
    }

    @Test
    void refreshesAfterA401BeforeExpiryAndOnRequestAreObservedWithTheirTrigger() {
        emulator.expireAccessTokens();
        client.companies(); // 401, refresh, repeat
        time.advance(Duration.ofHours(2)); // the refreshed token carries its expiry: the client refreshes first
        client.companies();
        client.refreshTokens();

        assertEquals(List.of("rejected:success", "expiring:success", "forced:success"), refreshes());
        assertThat(registry).hasObservationWithNameEqualTo(ObservationNames.TOKEN_REFRESH).that()
                .hasLowCardinalityKeyValue(ObservationNames.SYSTEM, "accountview");
        assertEquals(3, emulator.stats().count("POST /token"), emulator.stats().toString());
        assertEquals(3, stopped.stream().filter(c -> c.getName().equals(ObservationNames.API_REQUEST))
                .filter(c -> c.getHighCardinalityKeyValue(ObservationNames.ENDPOINT).getValue()
                        .equals("POST token (refresh_token)")).count(), "each token request is an attempt too");
    }

    @Test
    void aRefusedRefreshIsObservedAsRefusedWithItsError() {
        emulator.revokeRefreshTokens();
        emulator.expireAccessTokens();

        AuthenticationException refused = assertThrows(AuthenticationException.class, client::companies);

        assertEquals(List.of("rejected:" + ObservationNames.REFRESH_REFUSED), refreshes());
        Observation.Context refresh = stopped.stream()
                .filter(c -> c.getName().equals(ObservationNames.TOKEN_REFRESH)).findFirst().orElseThrow();
        assertEquals(refused, refresh.getError());
    }
}
