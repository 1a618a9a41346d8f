package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Deterministic synthetic records: the same index and version always give the same record. */
final class Records {
    /** Distinct SKUs the order lines draw from (a realistic catalogue is much smaller than the order count). */
    static final int CATALOGUE = 200;
    /** Lines per order. */
    static final int LINES = 3;

    private Records() {
    }

    static String email(int i) {
        return "customer" + i + "@example.de";
    }

    /** A customer; a higher version changes the phone number (a content change, same match key). */
    static Customer customer(int i, int version) {
        Customer.Builder b = Customer.builder().customerNumber("K" + i).contactPerson("Person " + i)
                .email(email(i)).phone("+49 30 " + (1_000_000 + i) + (version == 0 ? "" : "-" + version))
                .billingAddress(Address.builder().street("Hauptstraße").houseNumber(Integer.toString(1 + i % 200))
                        .postcode("10115").city("Berlin").country("DE").build());
        if (i % 3 == 0) {
            b.companyName("Firma " + i + " GmbH");
        }
        return b.build();
    }

    static String sku(int i) {
        return Integer.toString(100_000 + i % CATALOGUE);
    }

    static Product product(int i) {
        return Product.builder().sku(Integer.toString(100_000 + i)).name("Article " + i)
                .shortDescription("Short text of article " + i).price(new BigDecimal("19.90"), false)
                .taxRate(new BigDecimal("19")).currency("EUR").quantity(BigDecimal.TEN).build();
    }

    /** The SKU of stock record {@code i} (distinct per record). */
    static String stockSku(int i) {
        return Integer.toString(2_000_000 + i);
    }

    /** The quantity the default AVAILABLE calculation gives for stock record {@code i}. */
    static BigDecimal available(int i, int version) {
        return BigDecimal.valueOf(10 + i % 50 + version);
    }

    /** A stock level; a higher version changes the available quantity. */
    static StockLevel stock(int i, int version) {
        BigDecimal available = available(i, version);
        return new StockLevel(stockSku(i), null, available, available, available.add(BigDecimal.ONE), BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    /** A sales order of customer {@code i % customers} with {@link #LINES} lines. */
    static Order order(int i, int customers) {
        Order.Builder b = Order.builder().reference("SO" + (100_000 + i)).date(LocalDate.of(2026, 3, 1))
                .type(OrderType.SALES_ORDER).customer(customer(i % customers, 0)).currency("EUR")
                .paymentTerm("14").paymentMethod("BANK");
        for (int l = 0; l < LINES; l++) {
            b.line(OrderLine.builder().sku(sku(i * LINES + l)).description("Article")
                    .quantity(BigDecimal.valueOf(1 + l)).unitPrice(new BigDecimal("19.90"))
                    .taxRate(new BigDecimal("19")).build());
        }
        return b.build();
    }
}
