package dev.ledgerbridge.sync.internal;

/**
 * The one length rule for the reasons the engine keeps (record results, the activity log, parked records): at most
 * {@link #MAX} characters, which is also the width of the reason columns of the JDBC state store.
 */
public final class Reasons {
    /** Longest reason kept. */
    public static final int MAX = 2000;

    private Reasons() {
    }

    /** The reason, or its beginning and how long it was when it is longer than {@link #MAX}; null stays null. */
    public static String bounded(String reason) {
        if (reason == null || reason.length() <= MAX) {
            return reason;
        }
        return reason.substring(0, MAX - 40) + "… (" + reason.length() + " characters)";
    }
}
