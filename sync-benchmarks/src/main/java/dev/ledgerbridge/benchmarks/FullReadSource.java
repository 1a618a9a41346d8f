package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;

/** A source of customers read in full every time (no change cursor), so a rerun compares every record's hash. */
final class FullReadSource implements Connector {
    private final Connector delegate;

    FullReadSource(Connector delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.builder().entity(EntityType.CUSTOMER, Capability.READ).build();
    }

    @Override
    public Entities entities() {
        return Entities.builder()
                .reader(EntityType.CUSTOMER, delegate.entities().reader(EntityType.CUSTOMER).orElseThrow()).build();
    }
}
