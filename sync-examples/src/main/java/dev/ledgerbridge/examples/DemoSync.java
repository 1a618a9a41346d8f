package dev.ledgerbridge.examples;

import dev.ledgerbridge.examples.demo.CredentialException;
import dev.ledgerbridge.examples.demo.EmulatorDemo;
import dev.ledgerbridge.examples.demo.RealAccountsConfig;
import dev.ledgerbridge.examples.demo.RealAccountsDemo;
import dev.ledgerbridge.sync.SyncConfigurationException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The README's main job. Without credentials it runs the complete demo on the emulators (twice: the second run
 * must write nothing); with {@code LEDGERBRIDGE_*} credentials in the environment or a properties file it runs the
 * same flows against the real accounts.
 *
 * <pre>
 * options:
 *   --state DIR     where the H2 state file (and the demo's supplier feed) go; default target/ledgerbridge-demo
 *                   (against real accounts: ./ledgerbridge-state, kept by mvn clean: links must survive)
 *   --dry-run       plan and report only (emulator demo)
 *   --config FILE   properties file with the LEDGERBRIDGE_* keys (environment variables win)
 *   --write         real accounts: really write (default there: dry run)
 *   --feed FILE     real accounts: a CSV product feed to bring into AccountView
 * </pre>
 */
public final class DemoSync {

    /** Exit code for a missing or refused credential. */
    public static final int EXIT_CREDENTIALS = 2;
    /** System property with the default state directory (the Maven profile sets it to the module's target/). */
    public static final String DEMO_DIR_PROPERTY = "ledgerbridge.demo.dir";
    /** Exit code for bad options or configuration. */
    public static final int EXIT_USAGE = 64;

    /** Hibernate Validator logs its version and deprecation hints through java.util.logging; held strongly. */
    private static final java.util.logging.Logger QUIET_HIBERNATE = java.util.logging.Logger.getLogger(
            "org.hibernate.validator");

    private DemoSync() {
    }

    /**
     * Runs the demo and exits with a non-zero code on failure.
     *
     * @param args command-line options
     */
    public static void main(String[] args) {
        QUIET_HIBERNATE.setLevel(java.util.logging.Level.SEVERE);
        int code = run(args, System.getenv(), new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the demo with explicit environment and streams (for tests).
     *
     * @param args command-line options
     * @param env  environment variables
     * @param in   the console input
     * @param out  standard output
     * @param err  error output: exactly one line when something is wrong
     * @return the exit code: 0, {@link #EXIT_CREDENTIALS} or {@link #EXIT_USAGE}
     */
    public static int run(String[] args, Map<String, String> env, BufferedReader in, PrintStream out,
                          PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        try {
            Optional<RealAccountsConfig> real = RealAccountsConfig.load(env, options.config);
            if (real.isPresent()) {
                Path dir = options.state != null ? options.state : Path.of("ledgerbridge-state");
                new RealAccountsDemo(out, in, real.get(), dir, options.write, options.feed).run();
            } else {
                Path dir = options.state != null ? options.state
                        : Path.of(System.getProperty(DEMO_DIR_PROPERTY, "target/ledgerbridge-demo"));
                new EmulatorDemo(out, dir, options.dryRun).run();
            }
            return 0;
        } catch (CredentialException e) {
            err.println(e.getMessage());
            return EXIT_CREDENTIALS;
        } catch (SyncConfigurationException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        }
    }

    static final String USAGE = String.join("\n",
            "usage: DemoSync [--state DIR] [--dry-run] [--config FILE] [--write] [--feed FILE]",
            "  without LEDGERBRIDGE_* credentials: the demo on both emulators, run twice",
            "  with them (environment or --config FILE): the same flows against the real accounts, a dry run",
            "  unless --write is given");

    /** Parsed command-line options. */
    static final class Options {
        Path state;
        Path config;
        Path feed;
        boolean dryRun;
        boolean write;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--state" -> o.state = Path.of(value(args, ++i, "--state"));
                    case "--config" -> o.config = Path.of(value(args, ++i, "--config"));
                    case "--feed" -> o.feed = Path.of(value(args, ++i, "--feed"));
                    case "--dry-run" -> o.dryRun = true;
                    case "--write" -> o.write = true;
                    case "--help", "-h" -> o.help = true;
                    default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'\n" + USAGE);
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            return args[i];
        }
    }
}
