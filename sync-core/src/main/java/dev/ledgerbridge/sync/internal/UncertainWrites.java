package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.state.Link;
import dev.ledgerbridge.transport.error.ServerException;
import dev.ledgerbridge.transport.error.TransportException;
import java.util.List;
import java.util.Optional;

/**
 * Creates whose outcome is unknown: the call timed out, the connection broke or the server failed, so the record
 * may exist in the target even though the engine saw an error (the APIs have no idempotency keys). Such a write is
 * marked in the state store under the record's match keys (hashed, never the values), so that
 * <ul>
 *   <li>no other flow of the same run creates the same record again (its index may predate the late write): the
 *   record fails with a clear reason instead and is matched against the target in the next run;</li>
 *   <li>a flow reading the target back does not take a late-applied order for a new one until the writing flow has
 *   found it by reference (or created it) and cleared the mark.</li>
 * </ul>
 * A guarded create ({@link #create}) writes its marks <em>before</em> the call and clears them only after the
 * caller has saved the link and the key registry: a process killed ({@code kill -9}) anywhere in between, when no
 * catch block runs, leaves them behind. A run that then finds neither a match nor a registry entry under the key
 * lock, but another run's mark, must not trust a read of the target made before that run died
 * ({@link #markedByAnotherRun}: read again first).
 */
final class UncertainWrites {
    private UncertainWrites() {
    }

    /** Whether a failed write may nevertheless have been applied. */
    static boolean ambiguous(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // no answer, a server failure, or an answer that could not be read (the write may well have been applied)
            if (t instanceof TransportException || t instanceof ServerException
                    || t instanceof dev.ledgerbridge.transport.error.ResponseParseException
                    || t instanceof dev.ledgerbridge.transport.error.ResponseTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static String namespace(Connector target, EntityType<?> type) {
        return "#uncertain-writes:" + target.name() + ":" + type.name();
    }

    private static String id(MatchKey key) {
        return "key-sha256:" + ContentHash.ofText(key.toString());
    }

    /** Marks the keys of a create that failed ambiguously (not in a dry run). */
    static void mark(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys, Throwable failure) {
        if (context.settings().dryRun() || !ambiguous(failure)) {
            return;
        }
        for (MatchKey key : keys) {
            context.stateStore().saveLink(new Link(namespace(target, type), id(key), "unknown", context.runId(),
                    context.settings().timeSource().now()));
        }
    }

    /** The mark of one of the keys, if a create with that key has an unknown outcome. */
    static Optional<Link> find(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys) {
        for (MatchKey key : keys) {
            Optional<Link> mark = context.stateStore().link(namespace(target, type), id(key));
            if (mark.isPresent()) {
                return mark;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a create that an ambiguous create of the same record may already have done: in this run, or in
     * another run (another flow or process) since {@code since}, when this run's read of the target may predate
     * it. Marks older than that do not block: the flow has matched against a fresh read of the target since.
     */
    static void requireNoneSince(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys,
                                 java.time.Instant since) {
        Optional<Link> mark = find(context, target, type, keys);
        if (mark.isPresent() && (mark.get().contentHash().equals(context.runId())
                || mark.get().updatedAt().isAfter(since))) {
            throw new IllegalStateException("an earlier create of this " + type.name() + " in " + target.name()
                    + " (in this or a concurrent run) ended without an answer (or its process died) and may have been "
                    + "applied; not created "
                    + "again, the next "
                    + "run matches it against " + target.name() + " first");
        }
    }

    /**
     * Creates a record with these guards: refused when an ambiguous create of it may already have landed
     * ({@link #requireNoneSince}); marked before the call ({@link #begin}); the marks stay when it ends ambiguously
     * (or the process dies) and are cleared once {@code recorded} (which saves the link and the key registry) has run.
     *
     * @param recorded records the created record's id (link, registry), before its marks are cleared
     * @return the created record's id in the target
     */
    static <T> String create(RunContext context, Connector target, EntityType<T> type, List<MatchKey> keys,
                             java.time.Instant since, T value, java.util.function.Consumer<String> recorded) {
        requireNoneSince(context, target, type, keys, since);
        Attempt attempt = begin(context, target, type, keys);
        String targetId;
        try {
            targetId = Implementations.writer(target, type).create(value);
        } catch (RuntimeException e) {
            attempt.failed(e);
            throw e;
        }
        recorded.accept(targetId);
        attempt.succeeded();
        return targetId;
    }

    /**
     * Marks the keys of a create about to be sent (not in a dry run): until {@link Attempt#succeeded} (after the
     * link and the key registry are saved) the record may exist in the target without the state knowing it.
     */
    static Attempt begin(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys) {
        java.util.Map<String, Optional<Link>> previous = new java.util.LinkedHashMap<>();
        if (!context.settings().dryRun()) {
            String namespace = namespace(target, type);
            for (MatchKey key : keys) {
                previous.putIfAbsent(id(key), context.stateStore().link(namespace, id(key)));
            }
            for (String id : previous.keySet()) {
                context.stateStore().saveLink(new Link(namespace, id, "pending", context.runId(),
                        context.settings().timeSource().now()));
            }
        }
        return new Attempt(context, target, type, keys, previous);
    }

    /** Whether another run (flow or process) marked one of the keys: it may have created the record unrecorded. */
    static boolean markedByAnotherRun(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys) {
        return find(context, target, type, keys).filter(m -> !m.contentHash().equals(context.runId())).isPresent();
    }

    /** The marks of one create in progress ({@link #begin}). */
    static final class Attempt {
        private final RunContext context;
        private final Connector target;
        private final EntityType<?> type;
        private final List<MatchKey> keys;
        private final java.util.Map<String, Optional<Link>> previous;

        private Attempt(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys,
                        java.util.Map<String, Optional<Link>> previous) {
            this.context = context;
            this.target = target;
            this.type = type;
            this.keys = keys;
            this.previous = previous;
        }

        /** The record's link and registry entry are saved: the marks go. */
        void succeeded() {
            clear(context, target, type, keys);
        }

        /**
         * The create failed: an ambiguous failure keeps the keys marked (the create may have been applied); a
         * definite one puts back what was there before (nothing was written).
         */
        void failed(Throwable failure) {
            if (context.settings().dryRun()) {
                return;
            }
            if (ambiguous(failure)) {
                mark(context, target, type, keys, failure);
                return;
            }
            String namespace = namespace(target, type);
            previous.forEach((id, link) -> {
                if (link.isPresent()) {
                    context.stateStore().saveLink(link.get());
                } else {
                    context.stateStore().deleteLink(namespace, id);
                }
            });
        }
    }

    /** Clears the marks of a record that has now been found or created. */
    static void clear(RunContext context, Connector target, EntityType<?> type, List<MatchKey> keys) {
        if (context.settings().dryRun()) {
            return;
        }
        for (MatchKey key : keys) {
            if (context.stateStore().link(namespace(target, type), id(key)).isPresent()) {
                context.stateStore().deleteLink(namespace(target, type), id(key));
            }
        }
    }
}
