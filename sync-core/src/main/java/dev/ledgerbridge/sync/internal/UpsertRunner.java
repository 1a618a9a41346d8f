package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MappingContext;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.spi.WriteResult;
import dev.ledgerbridge.sync.state.FlowLockedException;
import dev.ledgerbridge.sync.state.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The create-or-update algorithm shared by the customer, product, category and stock flows.
 *
 * <p>Per source record: validate; map; expand into items; per item: skip when the stored hash equals the new
 * one; find the target id (stored link, else, under the record's key locks, match in the target or the key
 * registry of other flows and processes); update it or create; save the link and hash right after the write.
 * Creates are batched when the target supports it. A record that fails is reported and parked: the change cursor
 * advances anyway, and parked records are read again by id and retried on every later run until they succeed.
 *
 * @param <T> the model type
 */
public final class UpsertRunner<T> {
    private final String flow;
    private final Connector source;
    private final Connector target;
    private final EntityRules<T> rules;
    private final Mapper<T> mapper;
    private final TargetMatcher<T> matcher;
    private final FlowRun run;
    private final Settings settings;
    private final EntityType<T> type;
    private final TargetKeys targetKeys;
    private final dev.ledgerbridge.sync.spi.MatchStrategy<T> natural;
    private final List<Pending<T>> pending = new ArrayList<>();
    private final Set<MatchKey> pendingKeys = new HashSet<>();
    private final int batchSize;

    /** A create waiting for the next batch call, holding its key locks until then. */
    private record Pending<T>(String recordId, Item<T> item, String hash, TargetKeys.Held keys) {
    }

    /** A runner for one run of one flow. */
    public UpsertRunner(String flow, String direction, Connector source, Connector target, EntityRules<T> rules,
                        Mapper<T> mapper, dev.ledgerbridge.sync.spi.MatchStrategy<T> match, RunContext context) {
        this.flow = flow;
        this.source = source;
        this.target = target;
        this.rules = rules;
        this.mapper = mapper;
        this.type = rules.type();
        this.settings = context.settings();
        this.natural = match;
        this.matcher = new TargetMatcher<>(target, type, SyntheticKeys.withFallback(match, type, target),
                settings.searchesBeforeIndex());
        this.run = new FlowRun(flow, direction, context);
        this.targetKeys = new TargetKeys(context, flow, target, type);
        this.batchSize = Math.min(settings.batchSize(), target.capabilities().maxBatchSize(type));
    }

    /** Runs the flow and returns its report. */
    public FlowReport run() {
        Optional<String> skip = rules.skipFlow(target, settings);
        if (skip.isPresent()) {
            run.note(skip.get());
            return run.finish();
        }
        boolean incremental = source.capabilities().has(type, Capability.READ_CHANGES);
        String cursor = incremental ? run.context().stateStore().cursor(flow, FlowRun.CHANGES).orElse(null) : null;
        ReadResult<T> read;
        try {
            read = Implementations.reader(source, type).read(cursor);
            process(read.records().iterator());
        } catch (FlowLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            flush();
            run.stop("reading " + type.plural() + " from " + source.name() + " failed: " + FlowRun.reasonOf(e));
            return run.finish();
        }
        flush();
        if (cursor != null && !run.stopped()) {
            retryParked();
        } else if (!run.stopped()) {
            run.unparkMissing(run.parkedNotSeen(), source.name()); // a full read brings every record the source has
        }
        if (incremental && !run.stopped() && !run.dryRun()) {
            read.nextCursor().ifPresent(c -> run.context().stateStore().saveCursor(flow, FlowRun.CHANGES, c));
        }
        return run.finish();
    }

    private void process(Iterator<Identified<T>> records) {
        if (settings.concurrency() > 1 && batchSize <= 1) {
            processConcurrently(records);
        } else {
            processSequentially(records);
        }
    }

    /**
     * Parked records that this incremental read did not bring (they did not change since) are read again by id and
     * retried; ids the source no longer has are unparked.
     */
    private void retryParked() {
        Set<String> ids = run.parkedNotSeen();
        if (ids.isEmpty()) {
            return;
        }
        try {
            process(Implementations.reader(source, type).readIds(ids).iterator());
        } catch (FlowLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            flush();
            run.note("reading the " + ids.size() + " parked " + type.plural() + " again from " + source.name()
                    + " failed (" + FlowRun.reasonOf(e) + "); they stay parked and are retried next run");
            return;
        }
        flush();
        run.unparkMissing(ids, source.name());
    }

    private void processSequentially(Iterator<Identified<T>> records) {
        while (records.hasNext()) {
            if (interrupted()) {
                return;
            }
            Identified<T> record = records.next();
            run.countRead();
            process(record);
        }
    }

    private void processConcurrently(Iterator<Identified<T>> records) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        try {
            List<Future<?>> running = new ArrayList<>();
            while (records.hasNext() && !interrupted()) {
                Identified<T> record = records.next();
                run.countRead();
                running.add(pool.submit(() -> process(record)));
                if (running.size() >= settings.concurrency() * 4) {
                    await(running.remove(0));
                }
            }
            for (Future<?> f : running) {
                await(f);
            }
        } finally {
            // no interrupt: a worker writing to an H2 file would close the database for the whole process
            pool.shutdown();
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private boolean interrupted() {
        if (Thread.currentThread().isInterrupted()) {
            run.stop("interrupted; the next run continues where this one stopped");
            return true;
        }
        run.context().heartbeat();
        return false;
    }

    private void process(Identified<T> record) {
        run.seen(record.id());
        List<Item<T>> items;
        try {
            Validation.requireValid(record.value(), type.name());
            T mapped = mapper.map(record.value(), new MappingContext(source, target, settings));
            items = rules.expand(record.id(), mapped, target, settings);
        } catch (RuntimeException e) {
            run.failed(record.id(), record.id(), linkedTarget(record.id()), FlowRun.reasonOf(e), List.of(),
                    rules.personalData(record.value()));
            return;
        }
        for (Item<T> item : items) {
            if (item.failure() != null) {
                run.failed(record.id(), item.sourceId(), linkedTarget(item.sourceId()), item.failure(),
                        item.notes(), rules.personalData(item.value()));
            } else {
                upsert(record.id(), item);
            }
        }
    }

    private String linkedTarget(String sourceId) {
        return run.context().stateStore().link(flow, sourceId).map(Link::targetId).orElse(null);
    }

    private void upsert(String recordId, Item<T> item) {
        T value = SyntheticKeys.withNumber(item.value(), natural, type, source, target, item.sourceId());
        if (value != item.value()) {
            item = new Item<>(item.sourceId(), value, item.notes(), item.failure());
        }
        TargetKeys.Held held = null;
        try {
            Validation.requireValid(value, "mapped " + type.name());
            TargetLimits.requireWithin(target, type, value);
            String hash = ContentHash.of(value);
            Optional<Link> link = run.context().stateStore().link(flow, item.sourceId());
            if (link.isPresent() && link.get().contentHash().equals(hash)) {
                done(item, link.get().targetId(), Action.UNCHANGED, null);
                return;
            }
            if (link.isPresent()) {
                update(item, link.get().targetId(), matcher.currentForUpdate(link.get().targetId()), hash);
                return;
            }
            List<MatchKey> keys = matcher.keys(value);
            held = targetKeys.lock(keys);
            if (collidesWithPending(keys)) {
                flush();
            }
            Optional<Identified<T>> match = matcher.find(value);
            // under the key lock only the holder registers these keys: one read of the registry serves
            Optional<String> registered = match.isEmpty() ? targetKeys.registered(keys) : Optional.empty();
            if (match.isEmpty() && registered.isEmpty()
                    && UncertainWrites.markedByAnotherRun(run.context(), target, type, keys)) {
                // a run killed between its create and the registry write left its mark: what it created shows
                // only in a read of the target made now, after it died (we hold its key locks)
                matcher.refresh();
                match = matcher.find(value);
            }
            if (match.isPresent() && SyntheticKeys.synthetic(keys)
                    && !SyntheticKeys.sameRecord(value, match.get().value(), type)) {
                throw new IllegalStateException("conflict: " + target.name() + " " + type.name() + " "
                        + match.get().id() + " carries " + keys.get(0) + " but another name; neither linked nor "
                        + "created: give the customer an e-mail address or change the number in " + target.name());
            }
            String targetId = match.map(Identified::id).orElse(null);
            Optional<T> current = match.map(Identified::value);
            if (targetId == null) {
                targetId = registered.orElse(null);
                current = targetId == null ? Optional.empty() : matcher.currentForUpdate(targetId);
            }
            if (targetId != null) {
                UncertainWrites.clear(run.context(), target, type, keys);
                targetKeys.register(keys, targetId);
                update(item, targetId, current, hash);
            } else if (create(recordId, item, keys, hash, held)) {
                held = null; // handed to the pending batch, released after the batch call
            }
        } catch (RuntimeException e) {
            run.failed(recordId, item.sourceId(), linkedTarget(item.sourceId()), FlowRun.reasonOf(e), item.notes(),
                    rules.personalData(value));
        } finally {
            if (held != null) {
                held.close();
            }
        }
    }

    /**
     * Updates only when the target lacks something it can hold: fields it does not hold never cause a write, and
     * a writer that finds nothing to change makes the record UNCHANGED, not UPDATED.
     */
    private void update(Item<T> item, String targetId, Optional<T> current, String hash) {
        Set<String> keep = settings.createOnlyFields(type);
        if (current.isPresent() && (ContentHash.of(current.get()).equals(hash)
                || HeldFields.same(target, type, item.value(), current.get(), keep))) {
            run.saveLink(item.sourceId(), targetId, hash);
            registerHeld(targetId, item.value());
            done(item, targetId, Action.UNCHANGED, "found up to date in " + target.name());
            return;
        }
        if (!target.capabilities().has(type, Capability.UPDATE)) {
            run.saveLink(item.sourceId(), targetId, hash);
            done(item, targetId, Action.SKIPPED, "exists in " + target.name() + ", whose API cannot update "
                    + type.plural());
            return;
        }
        if (run.dryRun()) {
            done(item, targetId, Action.UPDATED, null);
            return;
        }
        boolean written = writer().updateIfChanged(new Update<>(targetId, item.value(), keep, current));
        run.saveLink(item.sourceId(), targetId, hash);
        registerHeld(targetId, item.value());
        if (written) {
            matcher.remember(targetId, item.value());
            done(item, targetId, Action.UPDATED, null);
        } else {
            done(item, targetId, Action.UNCHANGED, "found up to date in " + target.name());
        }
    }

    /**
     * Registers the record's keys -> target id with what the target now holds of it, so that another flow (the
     * order flow ensuring its customer) finds it without reading the target.
     */
    private void registerHeld(String targetId, T value) {
        targetKeys.register(matcher.keys(value), targetId,
                HeldFields.hash(target, type, value, settings.createOnlyFields(type)));
    }

    /** Creates the record, or queues it for the next batch call (then returns true: the key locks go with it). */
    private boolean create(String recordId, Item<T> item, List<MatchKey> keys, String hash, TargetKeys.Held held) {
        if (!target.capabilities().has(type, Capability.CREATE)) {
            done(item, null, Action.SKIPPED, "not found in " + target.name() + ", whose API cannot create "
                    + type.plural());
            return false;
        }
        if (run.dryRun()) {
            done(item, null, Action.CREATED, null);
            return false;
        }
        if (batchSize > 1) {
            UncertainWrites.requireNoneSince(run.context(), target, type, keys, run.startedAt());
            synchronized (pending) {
                pending.add(new Pending<>(recordId, item, hash, held));
                pendingKeys.addAll(keys);
                if (pending.size() >= batchSize) {
                    flush();
                }
            }
            return true;
        }
        Item<T> created = item;
        String targetId = UncertainWrites.create(run.context(), target, type, keys, run.startedAt(), item.value(),
                id -> {
                    run.saveLink(created.sourceId(), id, hash);
                    registerHeld(id, created.value());
                });
        matcher.remember(targetId, item.value());
        done(item, targetId, Action.CREATED, null);
        return false;
    }

    private boolean collidesWithPending(List<MatchKey> keys) {
        synchronized (pending) {
            return keys.stream().anyMatch(pendingKeys::contains);
        }
    }

    /** Writes the pending creates in one batch call; each item gets its own result. */
    private void flush() {
        List<Pending<T>> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending);
            pending.clear();
            pendingKeys.clear();
        }
        try {
            writeBatch(batch);
        } finally {
            batch.forEach(p -> p.keys().close());
        }
    }

    private void writeBatch(List<Pending<T>> batch) {
        List<WriteResult> results;
        // marked before the call, cleared per record once its link and registry entry are saved (see create)
        List<UncertainWrites.Attempt> attempts = new ArrayList<>();
        try {
            for (Pending<T> p : batch) {
                attempts.add(UncertainWrites.begin(run.context(), target, type, matcher.keys(p.item().value())));
            }
            results = writer().createAll(batch.stream().map(p -> p.item().value()).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(target.name() + " answered " + results.size()
                        + " results for a batch of " + batch.size());
            }
        } catch (RuntimeException e) {
            for (int i = 0; i < batch.size(); i++) {
                Pending<T> p = batch.get(i);
                if (i < attempts.size()) {
                    attempts.get(i).failed(e);
                }
                run.failed(p.recordId(), p.item().sourceId(), null, "batch create failed: " + FlowRun.reasonOf(e),
                        p.item().notes(), rules.personalData(p.item().value()));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending<T> p = batch.get(i);
            WriteResult r = results.get(i);
            if (r.succeeded()) {
                String targetId = r.targetId().orElseThrow();
                run.saveLink(p.item().sourceId(), targetId, p.hash());
                registerHeld(targetId, p.item().value());
                attempts.get(i).succeeded();
                matcher.remember(targetId, p.item().value());
                done(p.item(), targetId, Action.CREATED, null);
            } else {
                attempts.get(i).failed(new IllegalStateException(r.error().orElse("failed in batch")));
                run.failed(p.recordId(), p.item().sourceId(), null, r.error().orElse("failed in batch"),
                        p.item().notes(),
                        rules.personalData(p.item().value()));
            }
        }
    }

    private EntityWriter<T> writer() {
        return Implementations.writer(target, type);
    }

    private void done(Item<T> item, String targetId, Action action, String reason) {
        run.done(item.sourceId(), targetId, action, reason, item.notes(), rules.personalData(item.value()));
    }
}
