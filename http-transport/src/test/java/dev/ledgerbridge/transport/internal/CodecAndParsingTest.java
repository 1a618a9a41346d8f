package dev.ledgerbridge.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodecAndParsingTest {
    private static ApiResponse response(int status, String contentType, String body) {
        ApiRequest req = ApiRequest.builder().method("POST").uri(URI.create("http://h/api/x")).endpoint("POST /x").build();
        return new ApiResponse(req, status, contentType == null ? Map.of() : Map.of("Content-Type",
                java.util.List.of(contentType)), body.getBytes());
    }

    @Test
    void htmlTruncatedAndEmptyBodiesGiveAClearParseError() {
        ResponseParseException html = assertThrows(ResponseParseException.class,
                () -> Json.readTree(response(404, "text/html", "<!DOCTYPE html><html><body>Not Found</body></html>")));
        assertTrue(html.getMessage().contains("HTML"), html.getMessage());
        assertTrue(html.getMessage().contains("POST /x"), html.getMessage());
        assertEquals(404, html.httpStatus());
        assertThrows(ResponseParseException.class, () -> Json.readTree(response(200, null, "{\"success\":tr")));
        assertThrows(ResponseParseException.class, () -> Json.readTree(response(200, null, "  ")));
    }

    public static final class Amount {
        public BigDecimal value;
    }

    @Test
    void decimalsBecomeBigDecimalAndUnknownFieldsAreIgnored() {
        ApiResponse r = response(200, "application/json", "{\"value\":\"19.99\",\"unknown\":[1,2]}");
        Amount a = Json.convert(Json.readTree(r), Amount.class, r);
        assertEquals(new BigDecimal("19.99"), a.value);
        ApiResponse r2 = response(200, "application/json", "{\"value\":0.1}");
        assertEquals(new BigDecimal("0.1"), Json.convert(Json.readTree(r2), Amount.class, r2).value);
    }

    @Test
    void retryAfterParsesSecondsDatesAndRejectsGarbage() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Sat, 28 Nov 2026 10:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 28 Nov 2026 09:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
    }

    @Test
    void redactorHandlesJsonFormQueryAndEscapedQuotes() {
        Redactor r = new Redactor(LoggingPolicy.defaults());
        assertEquals("{\"api_key\":\"***\",\"n\":\"x\"}", r.text("{\"api_key\":\"abc\\\"def\",\"n\":\"x\"}"));
        assertEquals("{\"token\" : \"***\"}", r.text("{\"token\" : 12345}"));
        assertEquals("grant_type=refresh_token&refresh_token=***", r.text("grant_type=refresh_token&refresh_token=zz"));
        assertEquals("http://h/a?code=***&state=s1", r.text("http://h/a?code=c0de&state=s1"));
        assertEquals("***", r.header("Authorization", "Bearer x"));
        assertEquals("application/json", r.header("Content-Type", "application/json"));
    }

    public static final class Req {
        @NotBlank
        public String name = " ";
        @Size(max = 3)
        public String code = "ABCD";
    }

    public static final class Amounts {
        @jakarta.validation.constraints.DecimalMin("0")
        public BigDecimal price = new BigDecimal("-1");
        @jakarta.validation.constraints.DecimalMax(value = "100", inclusive = false)
        public BigDecimal rate = new BigDecimal("100");
    }

    @Test
    void decimalBoundsReadAsSentencesNotExpressions() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> BeanValidation.requireValid(new Amounts(), "POST /x"));
        assertEquals("price='-1': must be greater than or equal to 0", e.violations().get(0).toString());
        assertEquals("rate='100': must be less than 100", e.violations().get(1).toString());
    }

    @Test
    void validationNamesFieldValueAndRule() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> BeanValidation.requireValid(new Req(), "POST /x"));
        assertEquals(2, e.violations().size());
        assertTrue(e.getMessage().contains("code='ABCD'"), e.getMessage());
        assertTrue(e.getMessage().contains("size must be between 0 and 3"), e.getMessage());
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }
}
