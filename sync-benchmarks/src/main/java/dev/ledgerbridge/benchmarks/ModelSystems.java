package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.EntityType;

import static dev.ledgerbridge.sync.spi.Capability.BATCH_CREATE;
import static dev.ledgerbridge.sync.spi.Capability.CREATE;
import static dev.ledgerbridge.sync.spi.Capability.ORDER_LINES;
import static dev.ledgerbridge.sync.spi.Capability.READ;
import static dev.ledgerbridge.sync.spi.Capability.READ_CHANGES;
import static dev.ledgerbridge.sync.spi.Capability.UPDATE;

/**
 * In-memory systems with the capabilities the real APIs have (design.md, specs/): what each API can list,
 * search, create, update and batch decides how many calls a sync needs.
 */
final class ModelSystems {
    /** Rows per list call of BuchhaltungsButler debtors and the webshop (the client's default page size). */
    static final int PAGE = 100;
    /** Rows per AccountView list call (the API's maximum, spec [C]). */
    static final int AV_PAGE = Minimum.AV_PAGE;
    /** Items per BuchhaltungsButler add-batch call. */
    static final int BB_BATCH = 50;

    private ModelSystems() {
    }

    /** BuchhaltungsButler: debtors list, add, add-batch (50), update; no search; invoices create-only. */
    static InMemoryConnector buchhaltungsButler() {
        return new InMemoryConnector("BuchhaltungsButler", Capabilities.builder()
                .entity(EntityType.CUSTOMER, READ, CREATE, UPDATE, BATCH_CREATE)
                .maxBatchSize(EntityType.CUSTOMER, BB_BATCH)
                .entity(EntityType.ORDER, READ, CREATE)
                .searchKeys(EntityType.ORDER, "reference")
                .writableOrderTypes(OrderType.INVOICE, OrderType.CREDIT_NOTE, OrderType.OFFER)
                .build());
    }

    /** AccountView: filtered reads (search) and CNG_DATE change reads; articles; stock fields; sales orders (read in full). */
    static InMemoryConnector accountView() {
        return new InMemoryConnector("AccountView", Capabilities.builder()
                .entity(EntityType.CUSTOMER, READ, READ_CHANGES, CREATE, UPDATE)
                .searchKeys(EntityType.CUSTOMER, "email")
                .entity(EntityType.PRODUCT, READ, READ_CHANGES)
                .searchKeys(EntityType.PRODUCT, "sku")
                .entity(EntityType.STOCK, READ, READ_CHANGES)
                .entity(EntityType.ORDER, READ, ORDER_LINES, CREATE) // SO_HDR: no confirmed CNG_DATE
                .searchKeys(EntityType.ORDER, "reference")
                .writableOrderTypes(OrderType.SALES_ORDER)
                .build());
    }

    /**
     * A webshop holding stock per SKU.
     *
     * @param searchable true: it can also search by SKU (most shop APIs can); false: list only
     */
    static InMemoryConnector webshop(boolean searchable) {
        Capabilities.Builder b = Capabilities.builder().entity(EntityType.STOCK, READ, UPDATE);
        if (searchable) {
            b.searchKeys(EntityType.STOCK, "sku");
        }
        return new InMemoryConnector(searchable ? "Webshop" : "Webshop (list only)", b.build());
    }
}
