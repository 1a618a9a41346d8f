package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/** Time and randomness of one emulator instance; both injectable so runs are reproducible. */
final class BbEnv {
    /** BuchhaltungsButler is a German service; its dates are taken as Europe/Berlin. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    final Clock clock;
    private final Random random;

    BbEnv(Clock clock, long seed) {
        this.clock = clock;
        this.random = new Random(seed);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    synchronized String hex32() {
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }
}
