package dev.ledgerbridge.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The {@code ledgerbridge} program: {@code check}, {@code authorize accountview}, {@code sync --once},
 * {@code run}, {@code status}, {@code emulators}. Exits with the codes of {@link ExitCode}; an error is one line
 * naming the system, host and setting to check, with a stack trace only under {@code --debug}.
 */
public final class Main {

    /** How long SIGTERM waits for a running command to stop cleanly. */
    private static final long STOP_WAIT_SECONDS = 60;

    private Main() {
    }

    /**
     * Runs the program and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        // slf4j-simple reads these once, at its first logger: warnings only, unless --debug
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // db-scheduler warns on every start that it applied no database-specific settings: expected on H2
        System.setProperty("org.slf4j.simpleLogger.log.com.github.kagkarlsson.scheduler.jdbc", "error");
        System.setProperty("org.jboss.logging.provider", "slf4j");
        java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.SEVERE);
        Charset cs = Charset.defaultCharset();
        Session session = new Session(System.getenv(), new PrintWriter(System.out, true, cs),
                new PrintWriter(System.err, true, cs), new BufferedReader(new InputStreamReader(System.in, cs)),
                System.console() != null);
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.requestStop();
            try {
                finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ledgerbridge-stop"));
        int code = execute(args, session);
        finished.countDown();
        System.exit(code);
    }

    /**
     * Runs one command line in this process (the tests' entry point).
     *
     * @param args the command line
     * @param env  the environment
     * @param out  standard output
     * @param err  error output
     * @return the exit code
     */
    public static int execute(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return execute(args, new Session(env, out, err, new BufferedReader(java.io.Reader.nullReader()), false));
    }

    static int execute(String[] args, Session session) {
        CommandLine cl = new CommandLine(new RootCommand(session));
        cl.setOut(session.out());
        cl.setErr(session.err());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            CliFailure f = Failures.of(e);
            f.lines().forEach(l -> session.err().println("ledgerbridge: " + l));
            if (((RootCommand) line.getCommandSpec().root().userObject()).debug) {
                e.printStackTrace(session.err());
            }
            session.err().flush();
            return f.exitCode();
        });
        cl.setParameterExceptionHandler((e, a) -> {
            session.err().println("ledgerbridge: " + e.getMessage() + " (see 'ledgerbridge "
                    + (e.getCommandLine().getParent() == null ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help')");
            session.err().flush();
            return ExitCode.CONFIGURATION;
        });
        int code = cl.execute(args);
        session.out().flush();
        return code;
    }
}
