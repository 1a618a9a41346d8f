package dev.ledgerbridge.alerts;

import dev.ledgerbridge.alerts.internal.ReconnectRequired;
import dev.ledgerbridge.alerts.internal.Safely;
import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.transport.TimeSource;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one tenant's engine callbacks into {@link Alert}s: register it as both the engine's
 * {@link FailureNotifier} and its {@link SyncListener}.
 *
 * <pre>{@code
 * EngineAlerts alerts = EngineAlerts.builder().tenantId("acme").sink(throttle).build();
 * SyncEngine engine = SyncEngine.builder().failureNotifier(alerts).listener(alerts)...build();
 * }</pre>
 *
 * <ul>
 *   <li>{@link FailureNotifier#recordFailed} (a record failed {@code Settings.escalateAfterFailures} runs in a row)
 *       gives {@link AlertKind#RECORD_FAILING};</li>
 *   <li>{@link FailureNotifier#flowFailed} (a flow stopped early) gives {@link AlertKind#FLOW_FAILED};</li>
 *   <li>either of them gives {@link AlertKind#RECONNECT_REQUIRED} instead when its reason says that the user has to
 *       authorise the application again (AccountView refused the token refresh with {@code invalid_grant}, or there
 *       are no usable tokens);</li>
 *   <li>{@link SyncListener#flowFinished} of a flow that raised one of those alerts and now ran to its end without
 *       a failure gives {@link AlertKind#RECOVERED}. Which flows raised alerts is kept in memory (at most
 *       {@link #MAX_FLOWS} flows): after a restart a recovery is not reported.</li>
 * </ul>
 * {@link #runFailed} reports what the engine never sees (an exception while building connectors, or from a run).
 * Nothing else is reported; dry runs do not recover a flow (their escalated failures do alert). Throttling is the
 * sink's job: put an {@link AlertThrottle} in front of the delivery. A sink that throws is logged and never stops the sync. Alerts carry
 * the engine's reason texts, which may name personal data of the failing record (an invalid e-mail address, say).
 * Thread-safe.
 */
public final class EngineAlerts implements FailureNotifier, SyncListener {
    /** How many failing flows are remembered for {@link AlertKind#RECOVERED} alerts. */
    public static final int MAX_FLOWS = 1_000;

    private final String tenantId;
    private final AlertSink sink;
    private final TimeSource timeSource;
    private final Set<String> failingFlows = ConcurrentHashMap.newKeySet();

    private EngineAlerts(Builder b) {
        this.tenantId = b.tenantId;
        this.sink = b.sink;
        this.timeSource = b.timeSource;
    }

    /** A builder; {@link Builder#sink} is required. Not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tenant these alerts are about; null for a single-tenant application. */
    public String tenantId() {
        return tenantId;
    }

    /** Sends a {@link AlertKind#RECORD_FAILING} (or {@link AlertKind#RECONNECT_REQUIRED}) alert. */
    @Override
    public void recordFailed(RecordResult result) {
        String reason = result.reason().orElse("no reason given");
        boolean reconnect = ReconnectRequired.in(reason);
        Alert.Builder alert = alert(reconnect ? AlertKind.RECONNECT_REQUIRED : AlertKind.RECORD_FAILING, result.flow())
                .summary(reconnect ? reconnectSummary()
                        : "record " + result.sourceId() + " failed; it stays parked and is retried on every run")
                .detail("Record: " + result.sourceId() + result.targetId().map(t -> " (target " + t + ")").orElse(""))
                .detail("Reason: " + reason);
        raise(alert);
    }

    /** Sends a {@link AlertKind#FLOW_FAILED} (or {@link AlertKind#RECONNECT_REQUIRED}) alert. */
    @Override
    public void flowFailed(FlowReport report) {
        String error = report.flowError().orElse("no reason given");
        boolean reconnect = ReconnectRequired.in(error);
        Alert.Builder alert = alert(reconnect ? AlertKind.RECONNECT_REQUIRED : AlertKind.FLOW_FAILED, report.flow())
                .summary(reconnect ? reconnectSummary() : "the flow stopped before its end; the next run retries it")
                .detail("Reason: " + error)
                .detail("Run: " + report);
        raise(alert);
    }

    /**
     * Reports a failure the engine's callbacks never see: an exception from building the connectors (the AccountView
     * company look-up refreshes the token), or from {@code SyncEngine.run} itself. Gives
     * {@link AlertKind#RECONNECT_REQUIRED} for AccountView's refusal (an {@code AuthenticationException} with error
     * code {@code invalid_grant}, or a message saying that the user has to authorise the application again),
     * otherwise {@link AlertKind#FLOW_FAILED}. A later {@link #flowFinished} of {@code flow} without a failure gives
     * {@link AlertKind#RECOVERED}.
     *
     * @param flow the flow the run was for (or a name for the step that failed)
     * @param e    what was thrown; its message goes into the alert's details (the SDK's exceptions carry no secrets)
     */
    public void runFailed(String flow, RuntimeException e) {
        Objects.requireNonNull(e, "e");
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        boolean reconnect = ReconnectRequired.in(e);
        raise(alert(reconnect ? AlertKind.RECONNECT_REQUIRED : AlertKind.FLOW_FAILED, flow)
                .summary(reconnect ? reconnectSummary() : "the run failed; the next run retries it")
                .detail("Reason: " + reason));
    }

    /** Sends a {@link AlertKind#RECOVERED} alert when a flow that raised alerts now ran without a failure. */
    @Override
    public void flowFinished(FlowReport report) {
        if (report.dryRun() || !report.succeeded() || !failingFlows.remove(report.flow())) {
            return;
        }
        Safely.send(sink, alert(AlertKind.RECOVERED, report.flow())
                .summary("the flow ran to its end without a failure again")
                .detail("Run: " + report).build());
    }

    private static String reconnectSummary() {
        return "the connection's authorisation was refused; someone has to authorise the application again "
                + "(AccountView: authorizationUri, then exchangeCode); until then every run fails";
    }

    private Alert.Builder alert(AlertKind kind, String flow) {
        return Alert.builder().tenantId(tenantId).kind(kind).flow(flow).time(timeSource.now());
    }

    private void raise(Alert.Builder alert) {
        Alert built = alert.build();
        if (failingFlows.size() < MAX_FLOWS) {
            failingFlows.add(built.flow());
        }
        Safely.send(sink, built);
    }

    @Override
    public String toString() {
        return "EngineAlerts[" + (tenantId == null ? "" : "tenant " + tenantId + ", ") + "to " + sink + "]";
    }

    /** Builds {@link EngineAlerts}. Not thread-safe. */
    public static final class Builder {
        private String tenantId;
        private AlertSink sink;
        private TimeSource timeSource = TimeSource.system();

        private Builder() {
        }

        /**
         * The tenant the engine runs for; null (the default) for a single-tenant application.
         *
         * @throws IllegalArgumentException when blank or longer than 200 characters
         */
        public Builder tenantId(String value) {
            Alert.builder().tenantId(value); // one rule for tenant ids
            this.tenantId = value;
            return this;
        }

        /** Where the alerts go (required), typically an {@link AlertThrottle} in front of a notifier. */
        public Builder sink(AlertSink value) {
            this.sink = Objects.requireNonNull(value, "sink");
            return this;
        }

        /** The clock that stamps {@link Alert#time()}; default {@link TimeSource#system()}. */
        public Builder timeSource(TimeSource value) {
            this.timeSource = Objects.requireNonNull(value, "timeSource");
            return this;
        }

        /**
         * The adapter.
         *
         * @throws IllegalStateException when {@link #sink} was not set
         */
        public EngineAlerts build() {
            if (sink == null) {
                throw new IllegalStateException("sink(...) is required");
            }
            return new EngineAlerts(this);
        }
    }
}
