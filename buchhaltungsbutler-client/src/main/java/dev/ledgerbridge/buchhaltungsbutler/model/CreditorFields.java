package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Min;

/**
 * Writable fields of a creditor (supplier): used by {@code create}, {@code createBatch} and {@code update}. On create only {@code name} is required.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
@JsonPropertyOrder({"postingaccount_number", "name", "contact_person_name", "street", "additional_address_line",
        "due_in_days"})
public final class CreditorFields extends BusinessPartnerFields {
    @JsonProperty("due_in_days")
    @Min(0)
    private final Integer dueInDays;

    private CreditorFields(Builder b) {
        super(b);
        this.dueInDays = b.dueInDays;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = copyTo(new Builder());
        b.dueInDays = dueInDays;
        return b;
    }

    /** Payment term in days (write-only: not returned by the list); null when unset */
    public Integer dueInDays() {
        return dueInDays;
    }

    /**
     * The writable fields of a record read from the API, for "read, change, send every field"
     * updates. Empty strings read from the API are left unset.
     *
     * @param record a record from a list call
     */
    public static CreditorFields from(Creditor record) {
        return builder().copyFrom(record).build();
    }

    @Override
    String kindFieldName() {
        return "dueInDays";
    }

    @Override
    Object kindFieldValue() {
        return dueInDays;
    }

    /** Builder for {@link CreditorFields}. Not thread-safe. */
    public static final class Builder extends BusinessPartnerFields.Builder<CreditorFields, Builder> {
        private Integer dueInDays;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Payment term in days (write-only: not returned by the list). */
        public Builder dueInDays(Integer dueInDays) {
            this.dueInDays = dueInDays;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        @Override
        public CreditorFields build() {
            return new CreditorFields(this);
        }
    }
}
