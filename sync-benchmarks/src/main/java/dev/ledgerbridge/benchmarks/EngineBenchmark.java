package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.Mappers;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.internal.ContentHash;
import dev.ledgerbridge.sync.internal.TargetMatcher;
import dev.ledgerbridge.sync.internal.Validation;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MappingContext;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The engine's CPU cost per record, without any I/O: the parts (Bean Validation, mapping, content hash, matching
 * against a prefetched index) and whole flows over in-memory connectors (first sync: all creates in batches; rerun:
 * all unchanged). Throughput in records per second on one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class EngineBenchmark {
    /** Records per whole-flow invocation. */
    static final int FLOW_RECORDS = 2_000;

    private Customer customer;
    private Mapper<Customer> mapper;
    private MappingContext context;
    private TargetMatcher<Customer> matcher;
    private int next;
    private InMemoryConnector source;
    private InMemoryConnector target;
    private SyncEngine engine;
    private SyncFlow flow;

    /** Prepares the parts and a matcher over 10,000 prefetched target records. */
    @Setup(Level.Trial)
    public void prepare() {
        customer = Records.customer(42, 0);
        mapper = Mappers.customer();
        InMemoryConnector index = ModelSystems.buchhaltungsButler();
        for (int i = 0; i < 10_000; i++) {
            index.put(EntityType.CUSTOMER, "D" + i, Records.customer(i, 0));
        }
        context = new MappingContext(ModelSystems.accountView(), index, Settings.builder().build());
        matcher = new TargetMatcher<>(index, EntityType.CUSTOMER, MatchStrategy.byEmail());
        matcher.find(customer); // builds the index once
    }

    /** A fresh source of {@link #FLOW_RECORDS} customers, an empty target and empty state. */
    @Setup(Level.Invocation)
    public void freshSystems() {
        source = ModelSystems.accountView();
        for (int i = 0; i < FLOW_RECORDS; i++) {
            source.put(EntityType.CUSTOMER, "C" + i, Records.customer(i, 0));
        }
        target = ModelSystems.buchhaltungsButler();
        engine = SyncEngine.builder().settings(Settings.builder().batchSize(50).build())
                .stateStore(new InMemoryStateStore()).activityLog(new InMemoryActivityLog()).build();
        flow = SyncFlows.customers(source, target).name("customers").build();
    }

    /** Bean Validation of one customer. */
    @Benchmark
    public List<String> validate() {
        return Validation.problems(customer);
    }

    /** The default customer mapping. */
    @Benchmark
    public Customer map() {
        return mapper.map(customer, context);
    }

    /** SHA-256 of the canonical JSON. */
    @Benchmark
    public String hash() {
        return ContentHash.of(customer);
    }

    /** A match by e-mail against a prefetched index of 10,000. */
    @Benchmark
    public Optional<Identified<Customer>> match() {
        next = (next + 7919) % 10_000;
        return matcher.find(Records.customer(next, 0));
    }

    /** A whole first sync: read, validate, map, hash, match, batch create, link; per record. */
    @Benchmark
    @OperationsPerInvocation(FLOW_RECORDS)
    public SyncReport firstSync() {
        return engine.run(flow);
    }

    /** First sync then a full rerun where every record is unchanged; per record of both runs. */
    @Benchmark
    @OperationsPerInvocation(2 * FLOW_RECORDS)
    public SyncReport firstSyncAndRerun() {
        engine.run(flow);
        // the source has no change cursor here (full read), so every record goes through hash comparison
        return engine.run(SyncFlows.customers(new FullReadSource(source), target).name("customers").build());
    }
}
