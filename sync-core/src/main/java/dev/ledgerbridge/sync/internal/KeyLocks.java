package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.spi.MatchKey;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks over match keys, so that two threads never look up and create the same customer (same
 * e-mail) at once. Stripes are taken in ascending order, which rules out deadlocks.
 */
final class KeyLocks {
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    KeyLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Locks the stripes of the keys; returns them for {@link #unlock}. */
    List<ReentrantLock> lock(Collection<MatchKey> keys) {
        TreeSet<Integer> indices = new TreeSet<>();
        keys.forEach(k -> indices.add(Math.floorMod(k.hashCode(), stripes.length)));
        List<ReentrantLock> taken = indices.stream().map(i -> stripes[i]).toList();
        taken.forEach(ReentrantLock::lock);
        return taken;
    }

    /** Releases what {@link #lock} took. */
    static void unlock(List<ReentrantLock> taken) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            taken.get(i).unlock();
        }
    }
}
