package dev.ledgerbridge.sync.state;

import org.junit.jupiter.api.BeforeEach;

class InMemoryStateStoreTest extends StateStoreContract {
    private InMemoryStateStore store;

    @BeforeEach
    void setUp() {
        store = new InMemoryStateStore();
    }

    @Override
    StateStore store() {
        return store;
    }

    @Override
    StateStore secondStoreOnSameState() {
        return store;
    }

    @Override
    ActivityLog log() {
        return new InMemoryActivityLog();
    }
}
