package dev.ledgerbridge.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Runs the application in this process with captured output, as a test's one call. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Result run(Map<String, String> env, String... args) {
        return withInput(env, "", args);
    }

    static Result withInput(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(env, new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader(stdin)), false);
        int code = Main.execute(args, session);
        return new Result(code, out.toString(), err.toString());
    }

    /** A long-running command on its own thread, stopped by {@link #stop()}. */
    static final class Background {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Session session;
        private final Thread thread;
        private volatile int code = -1;

        Background(Map<String, String> env, String... args) {
            session = new Session(env, new PrintWriter(out, true), new PrintWriter(err, true),
                    new BufferedReader(new StringReader("")), false);
            thread = new Thread(() -> code = Main.execute(args, session), "cli-under-test");
            thread.start();
        }

        /** Waits (bounded) until the output contains the text. */
        boolean awaitOutput(String text, long timeoutMillis) throws InterruptedException {
            long end = System.nanoTime() + timeoutMillis * 1_000_000;
            while (System.nanoTime() < end) {
                synchronized (out) {
                    if (out.toString().contains(text)) {
                        return true;
                    }
                }
                if (!thread.isAlive()) {
                    return out.toString().contains(text);
                }
                Thread.sleep(50);
            }
            return false;
        }

        Result stop() throws InterruptedException {
            session.requestStop();
            thread.join(120_000);
            return new Result(code, out.toString(), err.toString());
        }
    }
}
