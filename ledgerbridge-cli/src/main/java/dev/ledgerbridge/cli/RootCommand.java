package dev.ledgerbridge.cli;

import dev.ledgerbridge.config.LedgerBridgeConfig;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ledgerbridge}: the global options and the subcommands. */
@Command(name = "ledgerbridge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Syncs BuchhaltungsButler and AccountView: customers and orders, as configured in one YAML file.",
        subcommands = {CheckCommand.class, AuthorizeCommand.class, SyncCommand.class, RunCommand.class,
                StatusCommand.class, EmulatorsCommand.class},
        footer = {"", "Configuration: --config FILE, else $LEDGERBRIDGE_CONFIG, else ./ledgerbridge.yml. Environment "
                + "variables override settings: buchhaltungsbutler.api-key -> LEDGERBRIDGE_BUCHHALTUNGSBUTLER_API_KEY. "
                + "Secrets only from the environment or a file: api-key: {env: NAME} or {file: path}.", "",
                ExitCode.HELP})
final class RootCommand implements java.util.concurrent.Callable<Integer> {

    static final String DEFAULT_CONFIG = "ledgerbridge.yml";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "the configuration file (default: $LEDGERBRIDGE_CONFIG, else ./" + DEFAULT_CONFIG + ")")
    Path config;

    @Option(names = "--debug", description = "print stack traces and debug logging")
    boolean debug;

    @Option(names = "--plain", description = "plain lines, no live progress (automatic when output is piped)")
    boolean plain;

    private final Session session;

    RootCommand(Session session) {
        this.session = session;
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public Integer call() {
        session.err().println("ledgerbridge: a command is required: check, authorize, sync, run, status or emulators "
                + "(see 'ledgerbridge --help')");
        return ExitCode.CONFIGURATION;
    }

    Session session() {
        return session;
    }

    boolean live() {
        return session.terminal() && !plain;
    }

    Path configFile() {
        if (config != null) {
            return config;
        }
        String fromEnv = session.env().get("LEDGERBRIDGE_CONFIG");
        return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT_CONFIG : fromEnv.strip());
    }

    LedgerBridgeConfig loadConfig() {
        return ConfigLoader.load(configFile(), session.env());
    }

    /** Loads the configuration and opens state, tokens and clients, with progress output when asked. */
    Wiring open(boolean withProgress) {
        LedgerBridgeConfig cfg = loadConfig();
        return Wiring.open(cfg, withProgress ? new Progress(session.out(), live()) : null);
    }
}
