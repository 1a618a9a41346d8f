package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Parameters of a totals-and-balances report ({@code /reports/create/sums}).
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class SumsReportRequest {
    @JsonProperty("date_from")
    @NotNull
    private final LocalDate dateFrom;
    @JsonProperty("date_to")
    @NotNull
    private final LocalDate dateTo;
    @JsonProperty("base")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String base;
    @JsonProperty("file_pdf")
    private final Boolean filePdf;
    @JsonProperty("file_csv")
    private final Boolean fileCsv;
    @JsonProperty("archive_export")
    private final Boolean archiveExport;

    private SumsReportRequest(Builder b) {
        this.dateFrom = b.dateFrom;
        this.dateTo = b.dateTo;
        this.base = b.base;
        this.filePdf = b.filePdf;
        this.fileCsv = b.fileCsv;
        this.archiveExport = b.archiveExport;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dateFrom = dateFrom;
        b.dateTo = dateTo;
        b.base = base;
        b.filePdf = filePdf;
        b.fileCsv = fileCsv;
        b.archiveExport = archiveExport;
        return b;
    }

    /** Period start (required); null when unset */
    public LocalDate dateFrom() {
        return dateFrom;
    }

    /** Period end (required); null when unset */
    public LocalDate dateTo() {
        return dateTo;
    }

    /** Report basis as the API names it; null when unset */
    public String base() {
        return base;
    }

    /** Also render a PDF; null when unset */
    public Boolean filePdf() {
        return filePdf;
    }

    /** Also render a CSV; null when unset */
    public Boolean fileCsv() {
        return fileCsv;
    }

    /** Archive export; null when unset */
    public Boolean archiveExport() {
        return archiveExport;
    }

    @AssertTrue(message = "dateTo must not be before dateFrom")
    private boolean isRangeOrdered() {
        return dateFrom == null || dateTo == null || !dateTo.isBefore(dateFrom);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SumsReportRequest o)) {
            return false;
        }
        return Objects.equals(dateFrom, o.dateFrom)
                && Objects.equals(dateTo, o.dateTo)
                && Objects.equals(base, o.base)
                && Objects.equals(filePdf, o.filePdf)
                && Objects.equals(fileCsv, o.fileCsv)
                && Objects.equals(archiveExport, o.archiveExport);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dateFrom, dateTo, base, filePdf, fileCsv, archiveExport);
    }

    @Override
    public String toString() {
        return "SumsReportRequest{"
                + "dateFrom=" + dateFrom
                + ", dateTo=" + dateTo
                + ", base=" + base
                + ", filePdf=" + filePdf
                + ", fileCsv=" + fileCsv
                + ", archiveExport=" + archiveExport + "}";
    }

    /** Builder for {@link SumsReportRequest}. Not thread-safe. */
    public static final class Builder {
        private LocalDate dateFrom;
        private LocalDate dateTo;
        private String base;
        private Boolean filePdf;
        private Boolean fileCsv;
        private Boolean archiveExport;

        private Builder() {
        }

        /** Period start (required). */
        public Builder dateFrom(LocalDate dateFrom) {
            this.dateFrom = dateFrom;
            return this;
        }

        /** Period end (required). */
        public Builder dateTo(LocalDate dateTo) {
            this.dateTo = dateTo;
            return this;
        }

        /** Report basis as the API names it. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** Also render a PDF. */
        public Builder filePdf(Boolean filePdf) {
            this.filePdf = filePdf;
            return this;
        }

        /** Also render a CSV. */
        public Builder fileCsv(Boolean fileCsv) {
            this.fileCsv = fileCsv;
            return this;
        }

        /** Archive export. */
        public Builder archiveExport(Boolean archiveExport) {
            this.archiveExport = archiveExport;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public SumsReportRequest build() {
            return new SumsReportRequest(this);
        }
    }
}
