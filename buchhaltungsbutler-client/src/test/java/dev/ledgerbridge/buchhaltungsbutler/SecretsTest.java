package dev.ledgerbridge.buchhaltungsbutler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.transport.error.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No secret (API secret, api_key, the Basic header or its base64 part) appears in log lines
 * (slf4j-simple at TRACE for dev.ledgerbridge writes to System.err, captured here), in
 * {@code toString()} or in exception messages, even when the server echoes them.
 */
class SecretsTest extends WireTest {

    @Test
    void secretsNeverLeak() {
        List<String> texts = new ArrayList<>();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            stub("/accounts/get", "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}");
            client.paymentAccounts().list();
            stub("/settings/add/debtor", 400, "{\"success\":false,\"error_code\":8,\"message\":\"invalid name specified\"}");
            texts.add(message(() -> client.debtors().create(DebtorFields.builder().name("A").build())));
            stub("/accounts/get", 401, "{\"success\":false,\"error_code\":3,\"message\":\"API credentials unknown or invalid\"}");
            texts.add(message(() -> client.paymentAccounts().list()));
            server.stubFor(post(urlEqualTo(BASE + "/accounts/add")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "text/html").withBody("<html></html>")));
            texts.add(message(() -> client.paymentAccounts().create(
                    dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccountCreate.builder()
                            .type(dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccountType.OTHER).name("x")
                            .postingaccountNumber(1L).build())));
            texts.add(message(() -> client.debtors().create(DebtorFields.builder().build())));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        // a server that echoes the credentials in its message: the exception masks them (the
        // transport's TRACE body log shows what the server sent, so this call is not captured)
        stub("/settings/add/debtor", 400, "{\"success\":false,\"error_code\":8,\"message\":\"invalid name specified for "
                + API_KEY + " / " + API_SECRET + "\"}");
        String echoed = message(() -> client.debtors().create(DebtorFields.builder().name("A").build()));
        assertTrue(echoed.contains("invalid name specified for *** / ***"), echoed);
        texts.add(echoed);
        texts.add(log);
        texts.add(client.toString());
        texts.add(builder().toString());
        texts.add(client.withApiKey("another-key-12345").toString());

        assertTrue(log.contains("/accounts/get"), "logging must be active for this test to mean anything: " + log);
        assertTrue(log.contains("\"api_key\""), "bodies are logged at TRACE (redacted): " + log);
        String basicPart = BASIC.substring("Basic ".length());
        for (String t : texts) {
            assertFalse(t.contains(API_SECRET), "API secret in: " + t);
            assertFalse(t.contains(API_KEY), "api_key in: " + t);
            assertFalse(t.contains(basicPart), "Basic credentials in: " + t);
            assertFalse(t.contains("another-key-12345"), "api_key in: " + t);
            assertFalse(t.contains(Base64.getEncoder().encodeToString(API_SECRET.getBytes(StandardCharsets.UTF_8))));
        }
    }

    private static String message(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.getMessage() + " " + e;
        }
        throw new AssertionError("expected an exception");
    }
}
