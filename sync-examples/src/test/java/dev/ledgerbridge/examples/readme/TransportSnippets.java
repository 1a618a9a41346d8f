package dev.ledgerbridge.examples.readme;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.Timeouts;
import dev.ledgerbridge.transport.Transports;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** README: "The transport (http-transport)". */
class TransportSnippets {

    static HttpTransport sharedTransport() {
        // readme:start transport
        HttpTransport transport = Transports.builder()
            .timeouts(Timeouts.of(Duration.ofSeconds(10), Duration.ofSeconds(60)))
            .retryPolicy(RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(500)).build())
            .loggingPolicy(LoggingPolicy.builder().redactField("email").build())
            .build();
        // readme:end transport
        return transport;
    }

    @Test
    void theReadmeTransportBuilds() {
        assertNotNull(sharedTransport());
    }
}
