package dev.ledgerbridge.micrometer;

import dev.ledgerbridge.sync.report.FlowReport;
import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The context of a {@value ObservationNames#SYNC_RUN} observation, for handlers that want more than key values: the
 * tenant, the flow, and once the run has ended its {@link FlowReport} and backlog. The Observation API has no gauge, so
 * the backlog is a high-cardinality key value for traces and a number here; a handler turns it into a gauge per tenant
 * and flow, for example with Micrometer's {@code MeterRegistry}:
 * <pre>{@code
 * class BacklogGauges implements ObservationHandler<SyncRunContext> {
 *     private final Map<List<String>, AtomicLong> values = new ConcurrentHashMap<>();
 *     public boolean supportsContext(Observation.Context c) { return c instanceof SyncRunContext; }
 *     public void onStop(SyncRunContext c) {
 *         c.backlog().ifPresent(n -> values.computeIfAbsent(List.of(c.tenant().orElse(""), c.flow()),
 *                 k -> meterRegistry.gauge("ledgerbridge.sync.backlog",
 *                         Tags.of("tenant", k.get(0), "flow", k.get(1)), new AtomicLong())).set(n));
 *     }
 * }
 * }</pre>
 *
 * <p>Written by the engine's thread, read by handlers on the same thread.
 */
public final class SyncRunContext extends Observation.Context {
    private final String tenant;
    private final String flow;
    private final String direction;
    private FlowReport report;
    private long backlog = -1;

    /**
     * A context for a run that starts.
     *
     * @param tenant    the tenant id, or null for none
     * @param flow      the flow's name
     * @param direction the flow's direction
     */
    public SyncRunContext(String tenant, String flow, String direction) {
        this.tenant = tenant;
        this.flow = Objects.requireNonNull(flow, "flow");
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    /**
     * The tenant the run belongs to.
     *
     * @return the tenant id, empty when the observations were built without one
     */
    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /**
     * The flow's name.
     *
     * @return the name
     */
    public String flow() {
        return flow;
    }

    /**
     * The flow's direction, e.g. {@code AccountView -> BuchhaltungsButler}.
     *
     * @return the direction
     */
    public String direction() {
        return direction;
    }

    /**
     * What the run did.
     *
     * @return the report, empty until the run has ended (and for an abandoned run)
     */
    public Optional<FlowReport> report() {
        return Optional.ofNullable(report);
    }

    /**
     * The flow's backlog after the run: how many records are parked (failed, retried on the next runs). With a state
     * store given to {@link LedgerbridgeObservations.Builder#stateStore}, the store's exact count; otherwise the
     * records parked in this run as the report keeps them ({@link FlowReport#parked()}, at most
     * {@link FlowReport#FAILURES_KEPT}).
     *
     * @return the number, empty until the run has ended
     */
    public OptionalLong backlog() {
        return backlog < 0 ? OptionalLong.empty() : OptionalLong.of(backlog);
    }

    /**
     * Records the end of the run; called by this module before the observation stops.
     *
     * @param report  what the run did
     * @param backlog parked records after the run, zero or more
     * @throws IllegalArgumentException when backlog is negative
     */
    public void ended(FlowReport report, long backlog) {
        if (backlog < 0) {
            throw new IllegalArgumentException("backlog must be zero or more, was " + backlog);
        }
        this.report = Objects.requireNonNull(report, "report");
        this.backlog = backlog;
    }
}
