package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.testkit.demo.DemoDataSet;
import java.math.BigDecimal;

/**
 * The demo's webshop: an in-memory connector that sells AccountView's articles. It has orders to hand over and
 * keeps its own stock figures of every article, a third of them out of date at the start.
 */
public final class Webshop {

    /** The connector's name. */
    public static final String NAME = "Webshop";

    private Webshop() {
    }

    /**
     * Creates the webshop with the data set's orders and stale stock.
     *
     * @param data the data set
     * @return the connector
     */
    public static InMemoryConnector create(DemoDataSet data) {
        InMemoryConnector shop = new InMemoryConnector(NAME, Capabilities.builder()
                .entity(EntityType.ORDER, Capability.READ)
                .entity(EntityType.STOCK, Capability.READ, Capability.CREATE, Capability.UPDATE)
                .searchKeys(EntityType.STOCK, MatchKey.SKU)
                .note(EntityType.CUSTOMER, "the webshop's customers arrive with their orders")
                .build());
        for (Order o : data.webshopOrders()) {
            shop.put(EntityType.ORDER, o.reference(), o);
        }
        int i = 0;
        for (StockLevel s : data.stock()) {
            BigDecimal quantity = i++ % 3 == 0 ? s.available().add(BigDecimal.TEN) : s.available();
            shop.put(EntityType.STOCK, "stock-" + s.sku(), StockLevel.ofQuantity(s.sku(), quantity));
        }
        return shop;
    }
}
