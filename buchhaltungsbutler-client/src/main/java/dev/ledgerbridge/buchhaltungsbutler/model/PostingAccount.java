package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * An account of the chart of accounts ({@code /settings/get/postingaccounts}).
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class PostingAccount extends ApiObject {
    @JsonProperty("postingaccount_number")
    private Long postingaccountNumber;
    @JsonProperty("name")
    private String name;
    @JsonProperty("type")
    private String type;
    @JsonProperty("subtype")
    private String subtype;
    @JsonProperty("parent_postingaccount_number")
    private Long parentPostingaccountNumber;
    @JsonProperty("parent_name")
    private String parentName;

    private PostingAccount() {
    }

    /** Account number; null when not sent */
    public Long postingaccountNumber() {
        return postingaccountNumber;
    }

    /** Name; null when not sent */
    public String name() {
        return name;
    }

    /** {@code postingaccount}, {@code account}, {@code debtor}, {@code debtor collective}, {@code creditor} or {@code creditor collective}; null when not sent */
    public String type() {
        return type;
    }

    /** Subtype such as {@code cash}, {@code bank/institution}, {@code other}; null when not sent */
    public String subtype() {
        return subtype;
    }

    /** Parent standard account number; null when not sent */
    public Long parentPostingaccountNumber() {
        return parentPostingaccountNumber;
    }

    /** Parent standard account name; null when not sent */
    public String parentName() {
        return parentName;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PostingAccount o)) {
            return false;
        }
        return Objects.equals(postingaccountNumber, o.postingaccountNumber)
                && Objects.equals(name, o.name)
                && Objects.equals(type, o.type)
                && Objects.equals(subtype, o.subtype)
                && Objects.equals(parentPostingaccountNumber, o.parentPostingaccountNumber)
                && Objects.equals(parentName, o.parentName)
                && extra().equals(o.extra());
    }

    @Override
    public int hashCode() {
        return Objects.hash(postingaccountNumber, name, type, subtype, parentPostingaccountNumber, parentName, extra());
    }

    @Override
    public String toString() {
        return "PostingAccount{"
                + "postingaccountNumber=" + postingaccountNumber
                + ", name=" + name
                + ", type=" + type
                + ", subtype=" + subtype
                + ", parentPostingaccountNumber=" + parentPostingaccountNumber
                + ", parentName=" + parentName + ", extra=" + extra().keySet() + "}";
    }
}
