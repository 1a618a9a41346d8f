package dev.ledgerbridge.alerts;

import dev.ledgerbridge.alerts.internal.AlertJson;
import dev.ledgerbridge.transport.TimeSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each alert as JSON to a URL with the JDK's {@link HttpClient}, signed as {@link WebhookSignature} describes
 * ({@value WebhookSignature#TIMESTAMP_HEADER} and {@value WebhookSignature#SIGNATURE_HEADER} headers), in the
 * {@link WebhookFormat#JSON} or the Slack-compatible {@link WebhookFormat#SLACK} format.
 *
 * <pre>{@code
 * WebhookNotifier webhook = WebhookNotifier.builder()
 *         .url("https://ops.example.com/ledgerbridge-alerts")
 *         .secret(System.getenv("ALERT_SECRET").toCharArray())
 *         .build();
 * }</pre>
 *
 * <p>Delivery never throws and is bounded: each attempt has a connect and a request timeout, a 2xx answer ends it,
 * a connection failure, a timeout, HTTP 408, 429 or 5xx is tried again after {@link Builder#retryDelay} (doubling)
 * up to {@link Builder#maxAttempts} attempts, any other answer ends it. A failed delivery is logged at WARN with the
 * alert's kind and flow, the URL's scheme and host (its path may be a secret, as Slack's is) and the status or error
 * type; never the secret. The worst case is about {@code maxAttempts * (connectTimeout + requestTimeout)} plus the
 * retry delays, on the sync's thread. Thread-safe; build one and share it.
 */
public final class WebhookNotifier implements AlertSink {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final URI url;
    private final byte[] secret;
    private final WebhookFormat format;
    private final Duration requestTimeout;
    private final int maxAttempts;
    private final Duration retryDelay;
    private final TimeSource timeSource;
    private final HttpClient http;

    private WebhookNotifier(Builder b) {
        this.url = b.url;
        this.secret = b.secret == null ? null : b.secret.clone();
        this.format = b.format;
        this.requestTimeout = b.requestTimeout;
        this.maxAttempts = b.maxAttempts;
        this.retryDelay = b.retryDelay;
        this.timeSource = b.timeSource;
        this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A builder; {@link Builder#url} is required, and {@link Builder#secret} for {@link WebhookFormat#JSON}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Posts the alert; logs, and does not throw, when the delivery fails. */
    @Override
    public void send(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        byte[] body = format == WebhookFormat.SLACK ? AlertJson.slack(alert) : AlertJson.fields(alert);
        HttpRequest request = request(body);
        String outcome = "no attempt";
        Duration delay = retryDelay;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                outcome = "HTTP " + status;
                if (!retryable(status)) {
                    break;
                }
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = "interrupted";
                break;
            }
            if (attempt < maxAttempts && !pause(delay)) {
                outcome += ", then interrupted";
                break;
            }
            delay = delay.multipliedBy(2);
        }
        LOG.warn("Webhook delivery of a {} alert for flow {} to {} failed: {}", alert.kind().wireName(), alert.flow(),
                origin(), outcome);
    }

    private HttpRequest request(byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            long timestamp = timeSource.now().getEpochSecond();
            b.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body));
        }
        return b.build();
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private boolean pause(Duration delay) {
        try {
            timeSource.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Scheme, host and port only: the path of a webhook URL is often a secret. */
    private String origin() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    /** Scheme and host of the URL and the format; never the URL's path or the secret. */
    @Override
    public String toString() {
        return "WebhookNotifier[" + origin() + ", " + format + (secret == null ? ", unsigned" : ", signed") + "]";
    }

    /** Builds a {@link WebhookNotifier}. Not thread-safe. */
    public static final class Builder {
        private URI url;
        private byte[] secret;
        private WebhookFormat format = WebhookFormat.JSON;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 3;
        private Duration retryDelay = Duration.ofSeconds(1);
        private TimeSource timeSource = TimeSource.system();

        private Builder() {
        }

        /**
         * Where to post (required).
         *
         * @throws IllegalArgumentException when not an absolute http or https URL
         */
        public Builder url(URI value) {
            Objects.requireNonNull(value, "url");
            String scheme = value.getScheme();
            if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || value.getHost() == null) {
                // the path may be a secret: name only scheme and host
                throw new IllegalArgumentException("url must be an absolute http or https URL, was one with scheme "
                        + scheme + " and host " + value.getHost());
            }
            this.url = value;
            return this;
        }

        /**
         * Where to post (required).
         *
         * @throws IllegalArgumentException when not an absolute http or https URL
         */
        public Builder url(String value) {
            Objects.requireNonNull(value, "url");
            try {
                return url(URI.create(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("url must be an absolute http or https URL", null);
            }
        }

        /**
         * The shared secret that signs each request, as bytes; copied, so the caller may wipe its array. Required
         * for {@link WebhookFormat#JSON}; optional for {@link WebhookFormat#SLACK} (Slack does not check
         * signatures, its URL is the secret).
         *
         * @throws IllegalArgumentException when shorter than 16 bytes
         */
        public Builder secret(byte[] value) {
            Objects.requireNonNull(value, "secret");
            if (value.length < 16) {
                throw new IllegalArgumentException("secret must have at least 16 bytes, had " + value.length);
            }
            this.secret = value.clone();
            return this;
        }

        /**
         * The shared secret as characters, used as its UTF-8 bytes; copied, so the caller may wipe its array.
         *
         * @throws IllegalArgumentException when shorter than 16 bytes in UTF-8
         */
        public Builder secret(char[] value) {
            Objects.requireNonNull(value, "secret");
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
            byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
            Arrays.fill(encoded.array(), (byte) 0);
            try {
                return secret(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }

        /** The payload format; default {@link WebhookFormat#JSON}. */
        public Builder format(WebhookFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /**
         * How long to wait for a connection per attempt; default 5 s.
         *
         * @throws IllegalArgumentException when not between 1 ms and 60 s
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = within("connectTimeout", value, Duration.ofSeconds(60));
            return this;
        }

        /**
         * How long to wait for the answer per attempt; default 10 s.
         *
         * @throws IllegalArgumentException when not between 1 ms and 120 s
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = within("requestTimeout", value, Duration.ofSeconds(120));
            return this;
        }

        /**
         * Attempts per alert, the first included; default 3.
         *
         * @throws IllegalArgumentException when not between 1 and 10
         */
        public Builder maxAttempts(int value) {
            if (value < 1 || value > 10) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 10, was " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * The wait before the second attempt, doubled before each further one; default 1 s.
         *
         * @throws IllegalArgumentException when not between 1 ms and 60 s
         */
        public Builder retryDelay(Duration value) {
            this.retryDelay = within("retryDelay", value, Duration.ofSeconds(60));
            return this;
        }

        /** The clock for the signature's timestamp and the sleeper for retry delays; default the system's. */
        public Builder timeSource(TimeSource value) {
            this.timeSource = Objects.requireNonNull(value, "timeSource");
            return this;
        }

        private static Duration within(String setting, Duration value, Duration max) {
            Objects.requireNonNull(value, setting);
            if (value.compareTo(Duration.ofMillis(1)) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(setting + " must be between PT0.001S and " + max + ", was "
                        + value);
            }
            return value;
        }

        /**
         * The notifier.
         *
         * @throws IllegalStateException when {@link #url} is missing, or {@link #secret} for
         *                               {@link WebhookFormat#JSON}
         */
        public WebhookNotifier build() {
            if (url == null) {
                throw new IllegalStateException("url(...) is required");
            }
            if (secret == null && format == WebhookFormat.JSON) {
                throw new IllegalStateException("secret(...) is required for WebhookFormat.JSON: receivers check "
                        + "the signature");
            }
            return new WebhookNotifier(this);
        }
    }
}
