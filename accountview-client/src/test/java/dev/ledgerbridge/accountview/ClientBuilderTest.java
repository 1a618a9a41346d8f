package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.error.RequestTimeoutException;
import dev.ledgerbridge.transport.error.ResponseTooLargeException;
import dev.ledgerbridge.transport.error.ServerException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder offers the transport options of every client builder, without hand-building a transport. */
class ClientBuilderTest extends WireMockTestBase {
    private static final String COMPANIES = "[{\"Id\":\"" + COMPANY_ID + "\",\"Code\":\"DEMO\"}]";

    /** Like the base's builder, but with the client's own (built-in) transport. */
    private AccountViewClient.Builder ownTransport() {
        return AccountViewClient.builder().baseUrl(wm.baseUrl())
                .credentials(OAuthCredentials.of(CLIENT_ID, CLIENT_SECRET)).tokenStore(store).timeSource(time);
    }

    @Test
    void theBaseUrlAsUriOrTextKeepsItsPathPrefixAndDropsATrailingSlash() {
        wm.stubFor(get(urlEqualTo("/proxy/av/api/v3/companies")).willReturn(json(COMPANIES)));
        AccountViewClient fromUri = ownTransport().baseUrl(URI.create(wm.baseUrl() + "/proxy/av/")).build();
        AccountViewClient fromText = ownTransport().baseUrl(wm.baseUrl() + "/proxy/av").build();

        assertEquals("DEMO", fromUri.companies().get(0).code());
        assertEquals("DEMO", fromText.companies().get(0).code());

        wm.verify(2, getRequestedFor(urlEqualTo("/proxy/av/api/v3/companies"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS)));
        assertEquals(URI.create(wm.baseUrl() + "/proxy/av"), fromUri.baseUrl());
        assertEquals(fromUri.baseUrl(), fromText.baseUrl());
        assertEquals(AccountViewClient.PRODUCTION, AccountViewClient.builder()
                .credentials(OAuthCredentials.of(CLIENT_ID, CLIENT_SECRET)).tokenStore(store).build().baseUrl());
    }

    @Test
    void theRetryPolicyAppliesToTheBuiltInTransport() {
        wm.stubFor(get(urlEqualTo("/api/v3/companies")).willReturn(json(503, "{}")));

        assertThrows(ServerException.class, () -> ownTransport().retryPolicy(RetryPolicy.none()).build().companies());
        assertEquals(1, wm.getAllServeEvents().size(), "no retry");

        wm.resetRequests();
        assertThrows(ServerException.class, () -> ownTransport().retryPolicy(RetryPolicy.builder().maxAttempts(3)
                .jitter(0).build()).build().companies());
        assertEquals(3, wm.getAllServeEvents().size(), "three attempts of the read");
    }

    @Test
    void maxResponseBytesBoundsTheBuiltInTransport() {
        wm.stubFor(get(urlEqualTo("/api/v3/companies")).willReturn(json("[" + "{\"Id\":\"x\"},".repeat(100)
                + "{\"Id\":\"y\"}]")));

        assertThrows(ResponseTooLargeException.class,
                () -> ownTransport().maxResponseBytes(200).build().companies());
    }

    @Test
    void theRequestTimeoutBoundsEachCall() {
        wm.stubFor(get(urlEqualTo("/api/v3/companies")).willReturn(json(COMPANIES).withFixedDelay(3000)));

        assertThrows(RequestTimeoutException.class, () -> ownTransport().retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofMillis(300)).build().companies());
    }

    @Test
    void aMissingRequiredSettingNamesItsSetter() {
        IllegalStateException noCredentials = assertThrows(IllegalStateException.class,
                () -> AccountViewClient.builder().tokenStore(store).build());
        assertTrue(noCredentials.getMessage().contains("credentials(OAuthCredentials)"), noCredentials.getMessage());
        IllegalStateException noStore = assertThrows(IllegalStateException.class,
                () -> AccountViewClient.builder().credentials(OAuthCredentials.of(CLIENT_ID, CLIENT_SECRET)).build());
        assertTrue(noStore.getMessage().contains("tokenStore(TokenStore)"), noStore.getMessage());
        assertEquals("tokenStore must not be null", assertThrows(IllegalArgumentException.class,
                () -> AccountViewClient.builder().tokenStore(null)).getMessage());
    }
}
