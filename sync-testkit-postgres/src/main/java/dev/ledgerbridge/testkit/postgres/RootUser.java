package dev.ledgerbridge.testkit.postgres;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * PostgreSQL refuses to run as root. zonky then runs it in a user namespace ({@code unshare -U}, where root is
 * {@code nobody}); where that is not allowed, {@link NonRootBinaries} drops to {@code nobody} with {@code setpriv}.
 */
final class RootUser {
    private RootUser() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Whether zonky's own way around root will not work, so that {@link NonRootBinaries} are needed. */
    static boolean needsNonRootBinaries() {
        return isRoot() && !LinuxUtils.isUnshareAvailable();
    }

    static String hint() {
        return isRoot() ? " (the build runs as root, which PostgreSQL refuses: tried zonky's 'unshare -U' and"
                + " 'setpriv' to user nobody; run the build as another user, or name a server in "
                + TestDatabase.URL_VARIABLE + ")" : "";
    }
}
