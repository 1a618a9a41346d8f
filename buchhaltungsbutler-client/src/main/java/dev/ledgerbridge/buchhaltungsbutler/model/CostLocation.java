package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A cost location ({@code /cost-locations/get}).
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class CostLocation extends ApiObject {
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;

    private CostLocation() {
    }

    /** Code, up to 10 alphanumeric characters; null when not sent */
    public String code() {
        return code;
    }

    /** Name; null when not sent */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CostLocation o)) {
            return false;
        }
        return Objects.equals(code, o.code)
                && Objects.equals(name, o.name)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, extra());
    }

    @Override
    public String toString() {
        return "CostLocation{"
                + "code=" + code
                + ", name=" + name + ", extra=" + extra().keySet() + "}";
    }
}
