package dev.ledgerbridge.sync.internal;

/** The rule every connector's reference prefix follows (it is written into other systems' reference fields). */
public final class ReferencePrefixes {
    private ReferencePrefixes() {
    }

    /**
     * The prefix, checked: 1 to 10 letters, digits or {@code -_./:}.
     *
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static String require(String value) {
        if (value == null || !value.matches("[A-Za-z0-9_./:-]{1,10}")) {
            throw new IllegalArgumentException("referencePrefix must be 1 to 10 letters, digits or -_./:, was '"
                    + value + "'");
        }
        return value;
    }
}
