package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.state.FlowLock;
import dev.ledgerbridge.sync.state.Link;
import dev.ledgerbridge.sync.state.StateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes finding-or-creating one target record across threads, flows and processes that share a state store,
 * and remembers which target record each match key was found or created as.
 *
 * <p>Why: a flow matches against an index read at the start of its run. Another flow (the order flow ensuring a
 * customer) or another process may create the same customer after that read; its index never sees it, and both
 * would create. So, for a record without a link, the engine takes a <em>key lock</em> per match key (a named lock
 * in the state store; in-process stripes for threads of one run) and, under it, checks the <em>key registry</em>
 * (state namespace {@code #target-keys:<target>:<type>}, key hash -> target id) that every find or create writes.
 *
 * <p>A key lock is live while the flow lock of the run holding it is live (the engine renews flow locks in the
 * background); a key lock whose run's flow lock is gone or taken over belongs to a dead process and is taken over
 * at once, so a {@code kill -9} never blocks a key until a long lease ends.
 */
final class TargetKeys {
    private static final KeyLocks STRIPES = new KeyLocks();
    private static final Duration KEY_LEASE = Duration.ofHours(1);

    private final RunContext context;
    private final String flow;
    private final String scope;
    private final String registry;

    TargetKeys(RunContext context, String flow, Connector target, EntityType<?> type) {
        this.context = context;
        this.flow = flow;
        this.scope = target.name() + ":" + type.name();
        this.registry = "#target-keys:" + scope;
    }

    /** Held key locks; release them in a {@code finally}. */
    final class Held implements AutoCloseable {
        private final List<ReentrantLock> stripes;
        private final List<FlowLock> locks;
        private boolean closed;

        private Held(List<ReentrantLock> stripes, List<FlowLock> locks) {
            this.stripes = stripes;
            this.locks = locks;
        }

        /** Releases the locks; a second call does nothing. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                locks.forEach(l -> context.stateStore().unlock(l));
            } finally {
                KeyLocks.unlock(stripes);
            }
        }
    }

    /** The state-store lock that guards one key. */
    String lockName(MatchKey key) {
        return "#key:" + hash(key);
    }

    private String hash(MatchKey key) {
        return ContentHash.ofText(scope + "|" + key);
    }

    /**
     * Locks the keys (in a fixed order, so two runs never deadlock).
     *
     * @throws IllegalStateException when a live run holds one of them longer than {@code Settings.keyLockTimeout}
     */
    Held lock(Collection<MatchKey> keys) {
        List<ReentrantLock> stripes = STRIPES.lock(keys, context.settings().keyLockTimeout());
        List<FlowLock> locks = new ArrayList<>();
        if (context.settings().dryRun()) {
            return new Held(stripes, locks);
        }
        try {
            TreeSet<String> names = new TreeSet<>();
            keys.forEach(k -> names.add(lockName(k)));
            for (String name : names) {
                locks.add(acquire(name));
            }
            return new Held(stripes, locks);
        } catch (RuntimeException e) {
            locks.forEach(l -> context.stateStore().unlock(l));
            KeyLocks.unlock(stripes);
            throw e;
        }
    }

    private FlowLock acquire(String name) {
        StateStore store = context.stateStore();
        String owner = context.runId() + " " + flow;
        long deadline = System.nanoTime() + context.settings().keyLockTimeout().toNanos();
        long pause = 5;
        while (true) {
            Instant now = context.settings().timeSource().now();
            Optional<FlowLock> lock = store.tryLock(name, owner, KEY_LEASE, now);
            if (lock.isPresent()) {
                return lock.get();
            }
            Optional<FlowLock> holder = store.lockHolder(name);
            if (holder.isPresent() && !alive(holder.get(), now)) {
                store.unlock(holder.get()); // removes only that dead holder's lock, never a newer one
                continue;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another run (" + holder.map(FlowLock::owner).orElse("unknown")
                        + ") is finding or creating the same record in " + scope.replace(':', ' ')
                        + "; not written now, retried on the next run");
            }
            sleep(pause);
            pause = Math.min(pause * 2, 200);
        }
    }

    /** A key lock is alive while the run that holds it still holds the lock of its flow. */
    private boolean alive(FlowLock keyLock, Instant now) {
        String owner = keyLock.owner();
        int space = owner.indexOf(' ');
        if (space < 0) {
            return keyLock.expiresAt().isAfter(now);
        }
        String runId = owner.substring(0, space);
        String holderFlow = owner.substring(space + 1);
        return context.stateStore().lockHolder(holderFlow)
                .filter(f -> f.owner().equals(runId) && f.expiresAt().isAfter(now)).isPresent();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a key lock", e);
        }
    }

    /** The target id registered for one of the keys, if another flow or process found or created it. */
    Optional<String> registered(List<MatchKey> keys) {
        return registeredLink(keys).map(Link::targetId);
    }

    /**
     * The registry entry of the first key that has one: its target id and, as content hash, the
     * {@link HeldFields#hash held-fields hash} of what the target was last known to hold ({@code "-"} unknown).
     */
    Optional<Link> registeredLink(List<MatchKey> keys) {
        for (MatchKey key : keys) {
            Optional<Link> link = context.stateStore().link(registry, hash(key));
            if (link.isPresent()) {
                return link;
            }
        }
        return Optional.empty();
    }

    /**
     * Registers the target id of a record found or created under its keys (not in a dry run), keeping what the
     * registry knows of its content when the id is the same.
     */
    void register(List<MatchKey> keys, String targetId) {
        register(keys, targetId, null);
    }

    /**
     * Registers the target id of a record under its keys together with the held-fields hash of what the target now
     * holds (after a create, an update, or a comparison that found it up to date), so that another flow wanting
     * the same content can use the id without reading the target. Not in a dry run.
     *
     * @param heldHash {@link HeldFields#hash}, or null to keep the registered one (unknown for a new entry)
     */
    void register(List<MatchKey> keys, String targetId, String heldHash) {
        if (context.settings().dryRun() || targetId == null) {
            return;
        }
        Instant now = context.settings().timeSource().now();
        for (MatchKey key : keys) {
            Optional<Link> current = context.stateStore().link(registry, hash(key));
            boolean sameId = current.isPresent() && current.get().targetId().equals(targetId);
            String content = heldHash != null ? heldHash : sameId ? current.get().contentHash() : "-";
            if (!sameId || !current.get().contentHash().equals(content)) {
                context.stateStore().saveLink(new Link(registry, hash(key), targetId, content, now));
            }
        }
    }
}
