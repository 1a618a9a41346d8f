package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;

/**
 * Writable fields of a debtor (customer): used by {@code create}, {@code createBatch} and {@code update}. On create only {@code name} is required.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
@JsonPropertyOrder({"postingaccount_number", "name", "contact_person_name", "street", "additional_address_line",
        "customer_number"})
public final class DebtorFields extends BusinessPartnerFields {
    @JsonProperty("customer_number")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String customerNumber;

    private DebtorFields(Builder b) {
        super(b);
        this.customerNumber = b.customerNumber;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = copyTo(new Builder());
        b.customerNumber = customerNumber;
        return b;
    }

    /** Customer number, free text; a good place for an external id; null when unset */
    public String customerNumber() {
        return customerNumber;
    }

    /**
     * The writable fields of a record read from the API, for "read, change, send every field"
     * updates. Empty strings read from the API are left unset.
     *
     * @param record a record from a list call
     */
    public static DebtorFields from(Debtor record) {
        return builder().copyFrom(record)
                .customerNumber(blankToNull(record.customerNumber())).build();
    }

    @Override
    String kindFieldName() {
        return "customerNumber";
    }

    @Override
    Object kindFieldValue() {
        return customerNumber;
    }

    /** Builder for {@link DebtorFields}. Not thread-safe. */
    public static final class Builder extends BusinessPartnerFields.Builder<DebtorFields, Builder> {
        private String customerNumber;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Customer number, free text; a good place for an external id. */
        public Builder customerNumber(String customerNumber) {
            this.customerNumber = customerNumber;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        @Override
        public DebtorFields build() {
            return new DebtorFields(this);
        }
    }
}
