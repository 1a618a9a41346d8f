package dev.ledgerbridge.testkit.demo;

import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.time.Duration;

/**
 * Both emulators on loopback ports, as the demo and the command-line application's {@code emulators} command use
 * them: BuchhaltungsButler's rate limit (100 requests per minute per api_key, one batch call per 5 s) switched
 * off so that a demo of several thousand calls takes seconds (a client talking to them switches its own limit off
 * too). Closing closes both.
 *
 * @param buchhaltungsButler the BuchhaltungsButler emulator
 * @param accountView        the AccountView emulator
 */
public record DemoEmulators(BuchhaltungsButlerEmulator buchhaltungsButler, AccountViewEmulator accountView)
        implements AutoCloseable {

    /**
     * Starts both emulators, rate limits off, on free ports.
     *
     * @return the emulators
     */
    public static DemoEmulators start() {
        return start(0, 0);
    }

    /**
     * Starts both emulators, rate limits off.
     *
     * @param buchhaltungsButlerPort the BuchhaltungsButler emulator's port, 0 for a free one
     * @param accountViewPort        the AccountView emulator's port, 0 for a free one
     * @return the emulators
     */
    public static DemoEmulators start(int buchhaltungsButlerPort, int accountViewPort) {
        BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().port(buchhaltungsButlerPort)
                .requestsPerMinute(0).batchInterval(Duration.ZERO).start();
        try {
            return new DemoEmulators(bb, AccountViewEmulator.builder().port(accountViewPort).start());
        } catch (RuntimeException e) {
            bb.close();
            throw e;
        }
    }

    /**
     * Seeds both emulators with the data set through their seeding API (no requests are counted).
     *
     * @param data the data set
     */
    public void seed(DemoDataSet data) {
        EmulatorSeeder.seedAccountView(accountView.company(), data);
        EmulatorSeeder.seedBuchhaltungsButler(buchhaltungsButler.tenant(), data);
    }

    /** Stops both emulators. */
    @Override
    public void close() {
        try {
            buchhaltungsButler.close();
        } finally {
            accountView.close();
        }
    }
}
