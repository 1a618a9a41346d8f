package dev.ledgerbridge.transport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** One WireMock server per test on a free port. */
abstract class WireMockSupport {
    protected WireMockServer wm;

    @BeforeEach
    void startWireMock() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        wm.start();
    }

    @AfterEach
    void stopWireMock() {
        wm.stop();
    }

    protected URI url(String path) {
        return URI.create(wm.baseUrl() + path);
    }
}
