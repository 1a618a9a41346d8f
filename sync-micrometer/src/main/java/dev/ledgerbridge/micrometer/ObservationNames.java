package dev.ledgerbridge.micrometer;

/**
 * The names of the observations this module makes and of their key values. With Micrometer's default meter handler
 * (Spring Boot's), an observation becomes a timer of its name (count, total and max time) tagged with its
 * low-cardinality key values, and an event becomes a counter named {@code <observation name>.<event name>};
 * high-cardinality key values go to traces only. The tenant id is a key value only when {@link TenantKey} says so.
 */
public final class ObservationNames {
    /**
     * One flow run: low-cardinality {@value #FLOW}, {@value #DIRECTION}, {@value #OUTCOME} ({@value #RUN_SUCCESS},
     * {@value #RUN_PARTIAL}: records failed and were parked, {@value #RUN_STOPPED}: the flow stopped early,
     * {@value #RUN_ABANDONED}: the flow never reported its end); high-cardinality {@value #BACKLOG}. Its context is a
     * {@link SyncRunContext}.
     */
    public static final String SYNC_RUN = "ledgerbridge.sync.run";
    /**
     * A batch of record outcomes of one flow run: low-cardinality {@value #FLOW}, {@value #DIRECTION} and
     * {@value #OUTCOME} (the record's action in lower case: {@code created}, {@code updated}, {@code unchanged},
     * {@code skipped}, {@code failed}); one {@value #RECORD_EVENT} event per record. See
     * {@link LedgerbridgeObservations} for why.
     */
    public static final String SYNC_RECORDS = "ledgerbridge.sync.records";
    /** The event of one record in a {@value #SYNC_RECORDS} batch; a counter {@code ledgerbridge.sync.records.processed}. */
    public static final String RECORD_EVENT = "processed";
    /**
     * One attempt of an API request (each retry is one): low-cardinality {@value #SYSTEM}, {@value #METHOD},
     * {@value #OUTCOME} ({@code 2xx}, {@code 3xx}, {@code 4xx}, {@code 5xx}, {@value #TRANSPORT_ERROR} when no
     * response arrived, {@value #ERROR} for another failure such as a too large response); high-cardinality
     * {@value #ENDPOINT}, {@value #STATUS}.
     */
    public static final String API_REQUEST = "ledgerbridge.api.request";
    /**
     * One wait for a client-side rate-limit permit (only calls that had to wait): low-cardinality {@value #SYSTEM};
     * high-cardinality {@value #LIMIT} and {@value #PLANNED_WAIT}. Its timer counts the waits and sums the time waited.
     */
    public static final String RATE_LIMIT_WAIT = "ledgerbridge.api.ratelimit.wait";
    /**
     * One access-token refresh: low-cardinality {@value #SYSTEM}, {@value #TRIGGER} ({@code expiring}, {@code rejected},
     * {@code forced}) and {@value #OUTCOME} ({@value #REFRESH_SUCCESS}, {@value #REFRESH_REFUSED}: the user must
     * authorise again, {@value #ERROR}).
     */
    public static final String TOKEN_REFRESH = "ledgerbridge.api.token.refresh";

    /** Key: the flow's name. */
    public static final String FLOW = "flow";
    /** Key: the flow's direction, e.g. {@code AccountView -> BuchhaltungsButler}. */
    public static final String DIRECTION = "direction";
    /** Key: how it ended; the values depend on the observation. */
    public static final String OUTCOME = "outcome";
    /** Key: the system of a request, {@code buchhaltungsbutler} or {@code accountview} ({@value #OTHER} when unset). */
    public static final String SYSTEM = "system";
    /** Key: the HTTP method. */
    public static final String METHOD = "method";
    /** Key: why a token was refreshed. */
    public static final String TRIGGER = "trigger";
    /** Key: the tenant id, only as {@link TenantKey} says. */
    public static final String TENANT = "tenant";
    /** High-cardinality key: the request's endpoint name, e.g. {@code POST /settings/get/debtors}. */
    public static final String ENDPOINT = "endpoint";
    /** High-cardinality key: the HTTP status. */
    public static final String STATUS = "status";
    /** High-cardinality key: the rate limit's bucket key (a hash, never a credential). */
    public static final String LIMIT = "limit";
    /** High-cardinality key: the planned wait for a permit, in milliseconds, by the client's time source. */
    public static final String PLANNED_WAIT = "wait.planned.ms";
    /** High-cardinality key: the flow's parked records after the run (see {@link SyncRunContext#backlog()}). */
    public static final String BACKLOG = "backlog";

    /** Outcome of a run that ran to its end without a failed record. */
    public static final String RUN_SUCCESS = "success";
    /** Outcome of a run that ran to its end with failed (parked) records. */
    public static final String RUN_PARTIAL = "partial";
    /** Outcome of a run that stopped early (a read failed, it was interrupted). */
    public static final String RUN_STOPPED = "stopped";
    /** Outcome of a run that never reported its end (it threw); closed when the flow starts again. */
    public static final String RUN_ABANDONED = "abandoned";
    /** Outcome of a token refresh that brought new tokens. */
    public static final String REFRESH_SUCCESS = "success";
    /** Outcome of a token refresh the server refused: the user has to authorise again ("reconnect required"). */
    public static final String REFRESH_REFUSED = "refused";
    /** Outcome of a request attempt that got no response. */
    public static final String TRANSPORT_ERROR = "transport_error";
    /** Outcome of another failure. */
    public static final String ERROR = "error";
    /** System of a request that names none. */
    public static final String OTHER = "other";

    private ObservationNames() {
    }
}
