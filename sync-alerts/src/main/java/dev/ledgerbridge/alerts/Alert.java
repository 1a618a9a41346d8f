package dev.ledgerbridge.alerts;

import dev.ledgerbridge.alerts.internal.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One alert for people: which tenant and flow, what kind of trouble, a one-line summary and a few lines of details.
 *
 * <p>Bounded whatever the engine reports: the summary is cut to {@link #MAX_SUMMARY} characters, each detail line
 * to {@link #MAX_DETAIL} and the details to {@link #MAX_DETAILS} lines (setters cut, they do not reject, because
 * the text comes from the systems being synced). Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class Alert {
    /** Longest summary kept, in characters. */
    public static final int MAX_SUMMARY = 300;
    /** Longest detail line kept, in characters. */
    public static final int MAX_DETAIL = 1_000;
    /** Most detail lines kept. */
    public static final int MAX_DETAILS = 10;

    private final String tenantId;
    private final AlertKind kind;
    private final String flow;
    private final String summary;
    private final List<String> details;
    private final Instant time;
    private final int suppressed;

    private Alert(Builder b) {
        this.tenantId = b.tenantId;
        this.kind = b.kind;
        this.flow = b.flow;
        this.summary = b.summary;
        this.details = List.copyOf(b.details);
        this.time = b.time;
        this.suppressed = b.suppressed;
    }

    /** A builder; {@code kind}, {@code flow}, {@code summary} and {@code time} are required. Not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this alert's values. */
    public Builder toBuilder() {
        Builder b = new Builder().tenantId(tenantId).kind(kind).flow(flow).summary(summary).time(time)
                .suppressed(suppressed);
        b.details.addAll(details);
        return b;
    }

    /** The tenant the alert is about; null when unset (a single-tenant application). */
    public String tenantId() {
        return tenantId;
    }

    /** What the alert is about. */
    public AlertKind kind() {
        return kind;
    }

    /** The flow's name. */
    public String flow() {
        return flow;
    }

    /** One line saying what happened, at most {@link #MAX_SUMMARY} characters. */
    public String summary() {
        return summary;
    }

    /** Further lines (the failure's reason, the run's counts), at most {@link #MAX_DETAILS}; empty when none. */
    public List<String> details() {
        return details;
    }

    /** When it happened. */
    public Instant time() {
        return time;
    }

    /**
     * How many alerts of the same tenant, kind and flow an {@link AlertThrottle} held back since the last one that
     * was sent (for {@link AlertKind#RECOVERED}: of every kind of that flow); 0 when none.
     */
    public int suppressed() {
        return suppressed;
    }

    /**
     * The first line of {@link #text()}: {@code [tenant] Title in flow <flow>: <summary>}, without the tenant part
     * when there is none. Used as e-mail subject.
     */
    public String headline() {
        return (tenantId == null ? "" : "[" + tenantId + "] ") + kind.title() + " in flow " + flow + ": " + summary;
    }

    /**
     * The alert as plain text for people (Slack message, e-mail body): the {@link #headline()}, the details one per
     * line, the time, and the number of suppressed alerts when there were any.
     */
    public String text() {
        StringBuilder out = new StringBuilder(headline());
        details.forEach(d -> out.append('\n').append(d));
        out.append("\nTime: ").append(time);
        if (suppressed > 0) {
            out.append("\n").append(suppressed).append(suppressed == 1 ? " similar alert was" : " similar alerts were")
                    .append(" held back since the last one");
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alert a && Objects.equals(tenantId, a.tenantId) && kind == a.kind && flow.equals(a.flow)
                && summary.equals(a.summary) && details.equals(a.details) && time.equals(a.time)
                && suppressed == a.suppressed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, kind, flow, summary, details, time, suppressed);
    }

    @Override
    public String toString() {
        return headline() + " (" + time + (suppressed > 0 ? ", " + suppressed + " suppressed" : "") + ")";
    }

    /** Builds an {@link Alert}. Not thread-safe. */
    public static final class Builder {
        private final List<String> details = new ArrayList<>();
        private String tenantId;
        private AlertKind kind;
        private String flow;
        private String summary;
        private Instant time;
        private int suppressed;

        private Builder() {
        }

        /**
         * The tenant; null (the default) for a single-tenant application.
         *
         * @throws IllegalArgumentException when blank or longer than 200 characters
         */
        public Builder tenantId(String value) {
            if (value != null && (value.isBlank() || value.length() > 200)) {
                throw new IllegalArgumentException("tenantId must be null or 1 to 200 non-blank characters, was '"
                        + Texts.cut(value, 200) + "'");
            }
            this.tenantId = value;
            return this;
        }

        /** What the alert is about (required). */
        public Builder kind(AlertKind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /**
         * The flow's name (required).
         *
         * @throws IllegalArgumentException when blank
         */
        public Builder flow(String value) {
            this.flow = Texts.nonBlank("flow", value, 200);
            return this;
        }

        /**
         * One line saying what happened (required); cut to {@link Alert#MAX_SUMMARY} characters.
         *
         * @throws IllegalArgumentException when blank
         */
        public Builder summary(String value) {
            this.summary = Texts.nonBlank("summary", value, MAX_SUMMARY);
            return this;
        }

        /** Adds a detail line, cut to {@link Alert#MAX_DETAIL} characters; ignored beyond {@link Alert#MAX_DETAILS}. */
        public Builder detail(String value) {
            Objects.requireNonNull(value, "detail");
            if (details.size() < MAX_DETAILS) {
                details.add(Texts.cut(value, MAX_DETAIL));
            }
            return this;
        }

        /** Replaces the detail lines (bounded as {@link #detail(String)}). */
        public Builder details(List<String> values) {
            details.clear();
            values.forEach(this::detail);
            return this;
        }

        /** When it happened (required). */
        public Builder time(Instant value) {
            this.time = Objects.requireNonNull(value, "time");
            return this;
        }

        /**
         * Alerts held back since the last one that was sent (default 0).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder suppressed(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("suppressed must be >= 0, was " + value);
            }
            this.suppressed = value;
            return this;
        }

        /**
         * The alert.
         *
         * @throws IllegalStateException when {@code kind}, {@code flow}, {@code summary} or {@code time} is missing
         */
        public Alert build() {
            if (kind == null) {
                throw new IllegalStateException("kind(...) is required");
            }
            if (flow == null) {
                throw new IllegalStateException("flow(...) is required");
            }
            if (summary == null) {
                throw new IllegalStateException("summary(...) is required");
            }
            if (time == null) {
                throw new IllegalStateException("time(...) is required");
            }
            return new Alert(this);
        }
    }
}
