package dev.ledgerbridge.testkit.postgres;

/** PostgreSQL refuses to run as root; zonky then runs it in a user namespace ({@code unshare -U}). */
final class RootUser {
    private RootUser() {
    }

    static String hint() {
        return "root".equals(System.getProperty("user.name"))
                ? " (running as root: PostgreSQL refuses that, and zonky's way around it, 'unshare -U', did not work)"
                : "";
    }
}
