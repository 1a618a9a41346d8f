package dev.ledgerbridge.examples.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The credentials for real BuchhaltungsButler and AccountView accounts, from environment variables or from a
 * properties file that uses the same names (environment variables win). Secrets are kept out of
 * {@link #toString()}.
 */
public final class RealAccountsConfig {

    /** BuchhaltungsButler API client (Basic auth user). */
    public static final String BB_API_CLIENT = "LEDGERBRIDGE_BB_API_CLIENT";
    /** BuchhaltungsButler API secret (Basic auth password). */
    public static final String BB_API_SECRET = "LEDGERBRIDGE_BB_API_SECRET";
    /** BuchhaltungsButler api_key of the company (sent in every body). */
    public static final String BB_API_KEY = "LEDGERBRIDGE_BB_API_KEY";
    /** Optional BuchhaltungsButler base URL (default the production API). */
    public static final String BB_BASE_URL = "LEDGERBRIDGE_BB_BASE_URL";
    /** AccountView.Net client id. */
    public static final String AV_CLIENT_ID = "LEDGERBRIDGE_AV_CLIENT_ID";
    /** AccountView.Net client secret. */
    public static final String AV_CLIENT_SECRET = "LEDGERBRIDGE_AV_CLIENT_SECRET";
    /** AccountView company code (Ondernemingscode). */
    public static final String AV_COMPANY = "LEDGERBRIDGE_AV_COMPANY";
    /** File that keeps the AccountView tokens between runs (refresh tokens rotate). */
    public static final String AV_TOKEN_STORE = "LEDGERBRIDGE_AV_TOKEN_STORE";
    /** The redirect URI registered for the client id. */
    public static final String AV_REDIRECT_URI = "LEDGERBRIDGE_AV_REDIRECT_URI";
    /** Optional: the authorization code from the redirect (otherwise read from stdin). */
    public static final String AV_AUTH_CODE = "LEDGERBRIDGE_AV_AUTH_CODE";
    /** Optional AccountView base URL (default {@code https://www.accountview.net}). */
    public static final String AV_BASE_URL = "LEDGERBRIDGE_AV_BASE_URL";
    /** Optional: the AV debtor that receives BB invoices (they carry no e-mail); without it that flow is left out. */
    public static final String AV_DEFAULT_DEBTOR = "LEDGERBRIDGE_AV_DEFAULT_DEBTOR";
    /** Optional: the AV article of the one line of a BB invoice turned sales order (default {@code BB-FACTUUR}). */
    public static final String AV_INVOICE_ARTICLE = "LEDGERBRIDGE_AV_INVOICE_ARTICLE";
    /** Optional properties file with the same keys. */
    public static final String CONFIG_FILE = "LEDGERBRIDGE_CONFIG";

    /** The required names, in the order they are reported. */
    public static final List<String> REQUIRED = List.of(BB_API_CLIENT, BB_API_SECRET, BB_API_KEY, AV_CLIENT_ID,
            AV_CLIENT_SECRET, AV_COMPANY, AV_TOKEN_STORE, AV_REDIRECT_URI);
    private static final List<String> OPTIONAL = List.of(BB_BASE_URL, AV_AUTH_CODE, AV_BASE_URL, AV_DEFAULT_DEBTOR,
            AV_INVOICE_ARTICLE);

    private final Map<String, String> values;

    private RealAccountsConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Reads the configuration. Returns empty when none of the variables is set (the demo then uses the emulators);
     * throws when some are set but not all required ones.
     *
     * @param env        the environment (normally {@code System.getenv()})
     * @param configFile a properties file with the same keys, or null (then {@link #CONFIG_FILE} from env is used)
     * @return the configuration, or empty for emulator mode
     * @throws CredentialException naming every missing variable
     */
    public static Optional<RealAccountsConfig> load(Map<String, String> env, Path configFile) {
        Map<String, String> values = new LinkedHashMap<>();
        Path file = configFile != null ? configFile
                : Optional.ofNullable(env.get(CONFIG_FILE)).filter(s -> !s.isBlank()).map(Path::of).orElse(null);
        if (file != null) {
            values.putAll(readProperties(file));
        }
        for (String name : allNames()) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                values.put(name, v.strip());
            }
        }
        values.values().removeIf(v -> v == null || v.isBlank());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!values.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new CredentialException("Cannot run against real accounts: " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is not set (set it as an environment variable"
                    : " are not set (set them as environment variables")
                    + (file != null ? " or in " + file : " or in a properties file given with --config")
                    + "; unset all LEDGERBRIDGE_* variables to run the demo on the emulators).");
        }
        return Optional.of(new RealAccountsConfig(values));
    }

    private static List<String> allNames() {
        List<String> all = new ArrayList<>(REQUIRED);
        all.addAll(OPTIONAL);
        return all;
    }

    private static Map<String, String> readProperties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the configuration file " + file.toAbsolutePath(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (!allNames().contains(name)) {
                throw new CredentialException("Unknown key '" + name + "' in " + file + "; known keys: "
                        + String.join(", ", allNames()));
            }
            values.put(name, p.getProperty(name).strip());
        }
        return values;
    }

    /**
     * A value by its variable name.
     *
     * @param name e.g. {@link #BB_API_KEY}
     * @return the value, or empty when not set
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * A required value.
     *
     * @param name one of {@link #REQUIRED}
     * @return the value
     */
    public String require(String name) {
        return get(name).orElseThrow(() -> new CredentialException(name + " is not set"));
    }

    /** Names which variables are set, never their values. */
    @Override
    public String toString() {
        return "RealAccountsConfig" + values.keySet();
    }
}
