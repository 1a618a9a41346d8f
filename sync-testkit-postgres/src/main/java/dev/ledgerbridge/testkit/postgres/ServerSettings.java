package dev.ledgerbridge.testkit.postgres;

import java.util.Optional;

/** Where an external server is: {@code ledgerbridge.postgres.*} system properties, else the environment. */
record ServerSettings(String url, String user, String password) {
    static Optional<ServerSettings> fromEnvironment() {
        String url = setting("url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(TestDatabase.URL_VARIABLE + " (or -Dledgerbridge.postgres.url) is '"
                    + redact(url) + "': expected a PostgreSQL JDBC URL starting with jdbc:postgresql:");
        }
        String user = setting("user");
        String password = setting("password");
        return Optional.of(new ServerSettings(url, user == null ? "postgres" : user, password == null ? ""
                : password));
    }

    private static String setting(String name) {
        String value = System.getProperty("ledgerbridge.postgres." + name);
        return value != null ? value : System.getenv("LEDGERBRIDGE_POSTGRES_" + name.toUpperCase(java.util.Locale.ROOT));
    }

    /** A URL without its query, which may carry a password. */
    static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    /** No password. */
    @Override
    public String toString() {
        return "ServerSettings[" + redact(url) + " as " + user + "]";
    }
}
