package dev.ledgerbridge.config;

/** The two systems a configuration connects, with the name of their part in the configuration. */
public enum SystemName {
    /** BuchhaltungsButler; configuration part {@code buchhaltungsbutler}. */
    BUCHHALTUNGSBUTLER("buchhaltungsbutler", "BuchhaltungsButler"),
    /** AccountView; configuration part {@code accountview}. */
    ACCOUNTVIEW("accountview", "AccountView");

    private final String key;
    private final String displayName;

    SystemName(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /**
     * The name of the system's part in the configuration, e.g. {@code buchhaltungsbutler}.
     *
     * @return the key, lower case
     */
    public String key() {
        return key;
    }

    /**
     * The name people know the system by, e.g. {@code BuchhaltungsButler}.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The system with this configuration key, ignoring case and surrounding spaces.
     *
     * @param key e.g. {@code accountview}
     * @return the system
     * @throws IllegalArgumentException naming the value and the known keys when none matches
     */
    public static SystemName fromKey(String key) {
        for (SystemName s : values()) {
            if (key != null && s.key.equalsIgnoreCase(key.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("system '" + key + "' is not known; known: buchhaltungsbutler, accountview");
    }
}
