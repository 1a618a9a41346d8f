package dev.ledgerbridge.sync.model;

import dev.ledgerbridge.sync.model.constraints.IsoCountry;
import jakarta.validation.constraints.Size;

/**
 * A postal address. Every part is optional; the country, when present, is an ISO-3166 alpha-2 code.
 *
 * @param street      street name without number
 * @param houseNumber house number including any addition (e.g. {@code 12a})
 * @param postcode    postcode as written in the country (e.g. {@code 1234 AB})
 * @param city        city
 * @param country     ISO-3166 alpha-2 code, upper case (e.g. {@code DE})
 */
public record Address(
        @Size(max = 100) String street,
        @Size(max = 20) String houseNumber,
        @Size(max = 20) String postcode,
        @Size(max = 60) String city,
        @IsoCountry String country) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this address's values. */
    public Builder toBuilder() {
        return new Builder().street(street).houseNumber(houseNumber).postcode(postcode).city(city).country(country);
    }

    /** Builds {@link Address} values. */
    public static final class Builder {
        private String street;
        private String houseNumber;
        private String postcode;
        private String city;
        private String country;

        private Builder() {
        }

        /** Sets the street. */
        public Builder street(String value) {
            this.street = value;
            return this;
        }

        /** Sets the house number. */
        public Builder houseNumber(String value) {
            this.houseNumber = value;
            return this;
        }

        /** Sets the postcode. */
        public Builder postcode(String value) {
            this.postcode = value;
            return this;
        }

        /** Sets the city. */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /** Sets the ISO-3166 alpha-2 country code. */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** The address. */
        public Address build() {
            return new Address(street, houseNumber, postcode, city, country);
        }
    }
}
