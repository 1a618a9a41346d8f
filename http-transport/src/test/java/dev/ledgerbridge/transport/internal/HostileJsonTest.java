package dev.ledgerbridge.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared codec under hostile numbers, strings and nesting: short typed errors, never OOM or a hang. */
class HostileJsonTest {
    public static final class Price {
        public BigDecimal amount;
    }

    private static ApiResponse response(String body) {
        ApiRequest req = ApiRequest.builder().uri(URI.create("http://h/x")).endpoint("GET /x").build();
        return new ApiResponse(req, 200, Map.of("Content-Type", java.util.List.of("application/json")), body.getBytes());
    }

    private static ResponseParseException priceFails(String body) {
        ApiResponse r = response(body);
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ResponseParseException.class,
                () -> Json.convert(Json.readTree(r), Price.class, r)));
    }

    @Test
    void aHugeExponentAsNumberOrAsStringIsAParseErrorNamingTheField() {
        for (String amount : new String[] {"1E+999999999", "\"1E+999999999\"", "1E-999999999"}) {
            ResponseParseException e = priceFails("{\"amount\":" + amount + "}");
            assertTrue(e.getMessage().contains("\"amount\"") && e.getMessage().contains("GET /x"), e.getMessage());
        }
    }

    @Test
    void overlongNumbersStringsOfDigitsAndDeepNestingAreRefusedWithShortMessages() {
        String digits = "9".repeat(150);
        assertTrue(priceFails("{\"amount\":" + digits + "}").getMessage().length() < 600);
        assertTrue(priceFails("{\"amount\":\"" + "9".repeat(1_000_000) + "\"}").getMessage().length() < 600);
        ResponseParseException deep = assertThrows(ResponseParseException.class,
                () -> Json.readTree(response("[".repeat(200) + "]".repeat(200))));
        assertTrue(deep.getMessage().length() < 600, deep.getMessage());
    }

    @Test
    void ordinaryAmountsStillRead() {
        ApiResponse r = response("{\"amount\":\"19.99\"}");
        assertEquals(new BigDecimal("19.99"), Json.convert(Json.readTree(r), Price.class, r).amount);
        JsonNode n = Json.readTree(response("{\"amount\":123456789012345678901234567890.123456}"));
        assertEquals(new BigDecimal("123456789012345678901234567890.123456"), n.get("amount").decimalValue());
    }

    @Test
    void digitCountsStayCheapForHostileValues() {
        BigDecimal millions = new BigDecimal(BigInteger.ONE.shiftLeft(30_000_000));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertFalse(Numbers.within(new BigDecimal("1E+999999999"), 15, 6));
            assertFalse(Numbers.within(new BigDecimal("1E-999999999"), 15, 6));
            assertFalse(Numbers.within(millions, 15, 6));
            assertTrue(Numbers.describe(millions).startsWith("(a number of about"));
            assertThrows(IllegalArgumentException.class, () -> Numbers.plainText(new BigDecimal("1E+999999999")));
        });
        assertTrue(Numbers.within(new BigDecimal("999999999999999.999999"), 15, 6));
        assertTrue(Numbers.within(new BigDecimal("19.990000000"), 15, 6), "trailing zeros do not count");
        assertFalse(Numbers.within(new BigDecimal("1000000000000000"), 15, 6));
        assertFalse(Numbers.within(new BigDecimal("0.0000001"), 15, 6));
    }

    @Test
    void aViolationKeepsOnlyTheStartOfAHugeValue() {
        Violation v = new Violation("name", "x".repeat(10_000_000), "size must be between 0 and 40");
        assertEquals("x".repeat(200) + "…(10000000 chars)", v.value());
    }
}
