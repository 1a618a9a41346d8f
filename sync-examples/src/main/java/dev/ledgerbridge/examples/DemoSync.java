package dev.ledgerbridge.examples;

import dev.ledgerbridge.examples.demo.EmulatorDemo;
import dev.ledgerbridge.sync.SyncConfigurationException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The README's main job: the complete demo on both emulators (twice: the second run must write nothing). Real
 * accounts are the command-line application's job ({@code ledgerbridge-cli}: {@code ledgerbridge check},
 * {@code sync --once}).
 *
 * <pre>
 * options:
 *   --state DIR     where the H2 state file (and the demo's supplier feed) go; default target/ledgerbridge-demo
 *   --dry-run       plan and report only
 * </pre>
 */
public final class DemoSync {

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
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the demo with explicit streams (for tests).
     *
     * @param args command-line options
     * @param out  standard output
     * @param err  error output: exactly one line when something is wrong
     * @return the exit code: 0 or {@link #EXIT_USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
            Path dir = options.state != null ? options.state
                    : Path.of(System.getProperty(DEMO_DIR_PROPERTY, "target/ledgerbridge-demo"));
            new EmulatorDemo(out, dir, options.dryRun).run();
            return 0;
        } catch (SyncConfigurationException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        }
    }

    static final String USAGE = String.join("\n",
            "usage: DemoSync [--state DIR] [--dry-run]",
            "  the demo on both emulators, run twice; for real accounts use the command-line application",
            "  (ledgerbridge-cli: ledgerbridge check, ledgerbridge sync --once)");

    /** Parsed command-line options. */
    static final class Options {
        Path state;
        boolean dryRun;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--state" -> o.state = Path.of(value(args, ++i, "--state"));
                    case "--dry-run" -> o.dryRun = true;
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
