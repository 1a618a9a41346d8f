package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A payment account (bank, cash, other) from {@code /accounts/get}.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class PaymentAccount extends ApiObject {
    @JsonProperty("name")
    private String name;
    @JsonProperty("postingaccount_number")
    private Long postingaccountNumber;

    private PaymentAccount() {
    }

    /** Name, e.g. {@code Bank (47382934873)}; null when not sent */
    public String name() {
        return name;
    }

    /** Posting account number; null when not sent */
    public Long postingaccountNumber() {
        return postingaccountNumber;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PaymentAccount o)) {
            return false;
        }
        return Objects.equals(name, o.name)
                && Objects.equals(postingaccountNumber, o.postingaccountNumber)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, postingaccountNumber, extra());
    }

    @Override
    public String toString() {
        return "PaymentAccount{"
                + "name=" + name
                + ", postingaccountNumber=" + postingaccountNumber + ", extra=" + extra().keySet() + "}";
    }
}
