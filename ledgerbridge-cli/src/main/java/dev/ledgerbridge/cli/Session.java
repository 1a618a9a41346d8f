package dev.ledgerbridge.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a command talks to: the environment, the console streams, whether output goes to a terminal (progress on
 * one line) or is piped (plain lines), and the stop signal of the long-running commands (SIGTERM/Ctrl-C in the
 * program, a call in tests).
 */
final class Session {
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader in;
    private final boolean terminal;
    private final CountDownLatch stop = new CountDownLatch(1);

    Session(Map<String, String> env, PrintWriter out, PrintWriter err, BufferedReader in, boolean terminal) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
        this.in = in;
        this.terminal = terminal;
    }

    Map<String, String> env() {
        return env;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    BufferedReader in() {
        return in;
    }

    boolean terminal() {
        return terminal;
    }

    /** Asks a long-running command to stop cleanly. */
    void requestStop() {
        stop.countDown();
    }

    /** Blocks until {@link #requestStop()}. */
    void awaitStop() throws InterruptedException {
        stop.await();
    }

    /** Waits at most this long for {@link #requestStop()}; true when stopped. */
    boolean awaitStop(long millis) throws InterruptedException {
        return stop.await(millis, TimeUnit.MILLISECONDS);
    }
}
