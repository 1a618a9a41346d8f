package dev.ledgerbridge.accountview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of the business-object catalogue ({@code accountviewsystembusinessobjects}): code, description and
 * which writes the administration allows. Use it to discover codes (e.g. payment conditions) and to check write
 * permission before trying. Immutable.
 */
public final class BusinessObjectInfo {
    private final String code;
    private final String description;
    private final boolean insertAllowed;
    private final boolean updateAllowed;
    private final boolean deleteAllowed;
    private final Map<String, Object> extra;

    /**
     * @param code          business-object code
     * @param description   description, may be null
     * @param insertAllowed {@code InsertAllowed}
     * @param updateAllowed {@code UpdateAllowed}
     * @param deleteAllowed {@code DeleteAllowed}
     * @param extra         other properties of the entry
     */
    public BusinessObjectInfo(String code, String description, boolean insertAllowed, boolean updateAllowed,
            boolean deleteAllowed, Map<String, Object> extra) {
        this.code = Objects.requireNonNull(code, "code");
        this.description = description;
        this.insertAllowed = insertAllowed;
        this.updateAllowed = updateAllowed;
        this.deleteAllowed = deleteAllowed;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** Business-object code, e.g. {@code AR1}. */
    public String code() {
        return code;
    }

    /** Description, or null. */
    public String description() {
        return description;
    }

    /** Whether inserts are allowed. */
    public boolean insertAllowed() {
        return insertAllowed;
    }

    /** Whether updates are allowed. */
    public boolean updateAllowed() {
        return updateAllowed;
    }

    /** Whether deletes are allowed. */
    public boolean deleteAllowed() {
        return deleteAllowed;
    }

    /** Properties this type does not map. */
    public Map<String, Object> extra() {
        return extra;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessObjectInfo b && b.code.equals(code) && Objects.equals(b.description, description)
                && b.insertAllowed == insertAllowed && b.updateAllowed == updateAllowed
                && b.deleteAllowed == deleteAllowed && b.extra.equals(extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, description, insertAllowed, updateAllowed, deleteAllowed, extra);
    }

    @Override
    public String toString() {
        return "BusinessObjectInfo{" + code + " '" + description + "', insert=" + insertAllowed + ", update="
                + updateAllowed + ", delete=" + deleteAllowed + "}";
    }
}
