package dev.ledgerbridge.scheduler.internal;

import java.util.regex.Pattern;

/** The one rule for tenant ids: they end up inside state names, lock names and db-scheduler instance ids. */
public final class TenantIds {
    /** Longest tenant id: with the separator and a 32-character hash it still fits the state tables' 100. */
    public static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private TenantIds() {
    }

    /**
     * Returns the id if valid.
     *
     * @throws IllegalArgumentException naming the setting, the value (cut) and the rule
     */
    public static String check(String setting, String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(setting + " = " + shown(id) + ": must be 1 to " + MAX_LENGTH
                    + " characters of letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        return id;
    }

    /** A value for an error message: quoted and cut to 200 characters. */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        return "'" + (value.length() > 200 ? value.substring(0, 200) + "..." : value) + "'";
    }
}
