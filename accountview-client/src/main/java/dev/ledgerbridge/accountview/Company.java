package dev.ledgerbridge.accountview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A company (administration) the authorised user can reach. Its {@link #id()} goes into the {@code X-Company}
 * header; its {@link #code()} is the AccountView company code ("Ondernemingscode"). Immutable.
 */
public final class Company {
    private final String id;
    private final String code;
    private final String description;
    private final Map<String, Object> extra;

    /**
     * @param id          the {@code Id}
     * @param code        the {@code Code}, may be null
     * @param description the {@code Description}, may be null
     * @param extra       other properties of the response
     */
    public Company(String id, String code, String description, Map<String, Object> extra) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = code;
        this.description = description;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The id sent as {@code X-Company}. */
    public String id() {
        return id;
    }

    /** The company code, or null. */
    public String code() {
        return code;
    }

    /** The description, or null. */
    public String description() {
        return description;
    }

    /** Properties of the response this type does not map. */
    public Map<String, Object> extra() {
        return extra;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Company c && c.id.equals(id) && Objects.equals(c.code, code)
                && Objects.equals(c.description, description) && c.extra.equals(extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, code, description, extra);
    }

    @Override
    public String toString() {
        return "Company{id=" + id + ", code=" + code + ", description=" + description + "}";
    }
}
