package dev.ledgerbridge.transport;

import java.net.URI;
import java.time.Duration;

/**
 * The base address and transport options that every client builder of the SDK offers, with the same names and the
 * same meaning: {@code BuchhaltungsButlerClient.Builder} and {@code AccountViewClient.Builder} both extend this class,
 * so an option learnt on one client works the same on the other.
 *
 * <p>Two ways to get a transport:
 * <ul>
 *   <li>The default: the client builds its own from {@link #timeouts}, {@link #retryPolicy}, {@link #loggingPolicy},
 *       {@link #timeSource}, {@link #maxResponseBytes} and {@link #rateLimitTimeout}.</li>
 *   <li>{@link #transport(HttpTransport)}: a transport built with {@link Transports#builder()} and shared by several
 *       clients (their rate-limit buckets are then shared too). The options of the built-in transport listed above
 *       are then ignored; {@link #timeSource} and {@link #requestTimeout} still apply to the client's own calls.</li>
 * </ul>
 *
 * <p>Each setter rejects a bad value with an {@link IllegalArgumentException} naming the setting and the value.
 * Builders are not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter so that calls chain
 */
public abstract class ApiClientBuilder<B extends ApiClientBuilder<B>> {
    /** Default longest wait for a rate-limit permit: 5 minutes. */
    public static final Duration DEFAULT_RATE_LIMIT_TIMEOUT = Duration.ofMinutes(5);

    private URI baseUrl;
    private HttpTransport transport;
    private Timeouts timeouts = Timeouts.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private LoggingPolicy loggingPolicy = LoggingPolicy.defaults();
    private TimeSource timeSource = TimeSource.system();
    private long maxResponseBytes = Transports.DEFAULT_MAX_RESPONSE_BYTES;
    private Duration requestTimeout;
    private Duration rateLimitTimeout = DEFAULT_RATE_LIMIT_TIMEOUT;
    private ClientObserver observer = ClientObserver.none();

    /**
     * Starts with the API's documented address.
     *
     * @param defaultBaseUrl the base address used when {@link #baseUrl(URI)} is not called
     */
    protected ApiClientBuilder(URI defaultBaseUrl) {
        this.baseUrl = normalised(defaultBaseUrl);
    }

    /**
     * The API's base address: scheme, host, optional port and path prefix, e.g. an emulator's {@code baseUrl()}.
     * A trailing slash is dropped. Default: the API's documented production address.
     *
     * @param baseUrl an absolute http or https URL
     * @return this builder
     * @throws IllegalArgumentException when null, relative, not http(s) or without host
     */
    public B baseUrl(URI baseUrl) {
        this.baseUrl = normalised(baseUrl);
        return self();
    }

    /**
     * {@link #baseUrl(URI)} from text, e.g. {@code "https://webapp.buchhaltungsbutler.de/api/v1"}.
     *
     * @param baseUrl an absolute http or https URL
     * @return this builder
     * @throws IllegalArgumentException when null, not a URL, relative, not http(s) or without host
     */
    public B baseUrl(String baseUrl) {
        if (baseUrl == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was null");
        }
        URI parsed;
        try {
            parsed = new URI(baseUrl.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was '" + baseUrl + "'", e);
        }
        return baseUrl(parsed);
    }

    /**
     * A shared transport from {@link Transports#builder()} instead of the client's own; the options of the built-in
     * transport ({@link #timeouts}, {@link #retryPolicy}, {@link #loggingPolicy}, {@link #maxResponseBytes},
     * {@link #rateLimitTimeout}) are then ignored, as the shared transport has its own.
     *
     * @param transport the transport
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public B transport(HttpTransport transport) {
        this.transport = nonNull(transport, "transport");
        return self();
    }

    /**
     * Connect timeout and default request timeout of the built-in transport; default {@link Timeouts#defaults()}.
     *
     * @param timeouts the timeouts
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public B timeouts(Timeouts timeouts) {
        this.timeouts = nonNull(timeouts, "timeouts");
        return self();
    }

    /**
     * Retries of the built-in transport after transport failures and retryable statuses; calls the client marks
     * as not repeatable (writes, by default) are never retried by it. Default {@link RetryPolicy#defaults()};
     * {@link RetryPolicy#none()} disables retries.
     *
     * @param retryPolicy the policy
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = nonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * Logging and redaction of the built-in transport; default {@link LoggingPolicy#defaults()}.
     *
     * @param loggingPolicy the policy
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public B loggingPolicy(LoggingPolicy loggingPolicy) {
        this.loggingPolicy = nonNull(loggingPolicy, "loggingPolicy");
        return self();
    }

    /**
     * Clock and sleeper of the client and of the built-in transport (token expiry, waits before repeating, rate
     * limits); default {@link TimeSource#system()}. Inject a {@link ManualTimeSource} in tests.
     *
     * @param timeSource the time source
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public B timeSource(TimeSource timeSource) {
        this.timeSource = nonNull(timeSource, "timeSource");
        return self();
    }

    /**
     * Largest response body the built-in transport reads; a longer one fails with
     * {@link dev.ledgerbridge.transport.error.ResponseTooLargeException}. Default
     * {@value Transports#DEFAULT_MAX_RESPONSE_BYTES} bytes (16 MiB).
     *
     * @param maxResponseBytes the limit in bytes
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public B maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return self();
    }

    /**
     * Timeout of each call of this client, overriding the transport's default request timeout (useful with a
     * shared {@link #transport}); null (default) keeps the transport's.
     *
     * @param requestTimeout a positive duration, or null
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B requestTimeout(Duration requestTimeout) {
        if (requestTimeout != null && (requestTimeout.isNegative() || requestTimeout.isZero())) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
        this.requestTimeout = requestTimeout;
        return self();
    }

    /**
     * Longest time a call of the built-in transport waits for a client-side rate-limit permit before failing with
     * {@link dev.ledgerbridge.transport.error.RateLimitedException}; default 5 minutes. Only calls that draw
     * permits wait (BuchhaltungsButler's; AccountView documents no limits, so its calls draw none).
     *
     * @param rateLimitTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when null, zero or negative
     */
    public B rateLimitTimeout(Duration rateLimitTimeout) {
        if (rateLimitTimeout == null || rateLimitTimeout.isNegative() || rateLimitTimeout.isZero()) {
            throw new IllegalArgumentException("rateLimitTimeout must be positive, was " + rateLimitTimeout);
        }
        this.rateLimitTimeout = rateLimitTimeout;
        return self();
    }

    /**
     * Who is told about every attempt of this client's requests (retries included), every wait for a rate-limit
     * permit and every token refresh, e.g. the observer of {@code sync-micrometer}; default
     * {@link ClientObserver#none()}. The client attaches it to each request, so it also applies with a shared
     * {@link #transport}, as long as that transport was built with {@link Transports#builder()}.
     *
     * @param observer the observer
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public B observer(ClientObserver observer) {
        this.observer = nonNull(observer, "observer");
        return self();
    }

    /**
     * For the concrete builder's {@code build()}: the observer, to attach to every request.
     *
     * @return the observer, {@link ClientObserver#none()} when none was set
     */
    protected ClientObserver configuredObserver() {
        return observer;
    }

    /**
     * For the concrete builder's {@code build()}: the base address, without trailing slash.
     *
     * @return the base address
     */
    protected final URI configuredBaseUrl() {
        return baseUrl;
    }

    /**
     * For the concrete builder's {@code build()}: the time source.
     *
     * @return the time source
     */
    protected final TimeSource configuredTimeSource() {
        return timeSource;
    }

    /**
     * For the concrete builder's {@code build()}: the per-call timeout.
     *
     * @return the timeout, or null to keep the transport's
     */
    protected final Duration configuredRequestTimeout() {
        return requestTimeout;
    }

    /**
     * For the concrete builder's {@code build()}: the {@linkplain #transport given transport}, or else a new one
     * built from this builder's options.
     *
     * @return the transport
     */
    protected final HttpTransport configuredTransport() {
        if (transport != null) {
            return transport;
        }
        return Transports.builder().timeouts(timeouts).retryPolicy(retryPolicy).loggingPolicy(loggingPolicy)
                .timeSource(timeSource).rateLimitTimeout(rateLimitTimeout).maxResponseBytes(maxResponseBytes).build();
    }

    /** Shows the base address only; subclasses add their own non-secret settings. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + baseUrl + "}";
    }

    private static URI normalised(URI url) {
        if (url == null || !url.isAbsolute() || url.isOpaque() || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host, was "
                    + (url == null ? "null" : "'" + url + "'"));
        }
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }

    private static <T> T nonNull(T value, String setting) {
        if (value == null) {
            throw new IllegalArgumentException(setting + " must not be null");
        }
        return value;
    }

    @SuppressWarnings("unchecked") // B is the concrete subclass by the class's declaration
    private B self() {
        return (B) this;
    }
}
