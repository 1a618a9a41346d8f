package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.spi.MatchKey;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks over match keys, so that two threads of one process never look up and create the same customer
 * (same e-mail) at once; {@link TargetKeys} adds the locks between processes. Stripes are taken in ascending order,
 * which rules out deadlocks, and with a timeout, so a thread never waits without bound.
 */
final class KeyLocks {
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    KeyLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * Locks the stripes of the keys, waiting at most {@code timeout} in all; returns them for {@link #unlock}.
     *
     * @throws IllegalStateException when another thread holds one of them longer
     */
    List<ReentrantLock> lock(Collection<MatchKey> keys, java.time.Duration timeout) {
        TreeSet<Integer> indices = new TreeSet<>();
        keys.forEach(k -> indices.add(Math.floorMod(k.hashCode(), stripes.length)));
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.ArrayList<ReentrantLock> taken = new java.util.ArrayList<>();
        try {
            for (int i : indices) {
                if (!stripes[i].tryLock(Math.max(0, deadline - System.nanoTime()),
                        java.util.concurrent.TimeUnit.NANOSECONDS)) {
                    unlock(taken);
                    throw new IllegalStateException("another thread of this process is finding or creating the same "
                            + "record; not written now, retried on the next run");
                }
                taken.add(stripes[i]);
            }
        } catch (InterruptedException e) {
            unlock(taken);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a key lock", e);
        }
        return taken;
    }

    /** Releases what {@link #lock} took. */
    static void unlock(List<ReentrantLock> taken) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            taken.get(i).unlock();
        }
    }
}
