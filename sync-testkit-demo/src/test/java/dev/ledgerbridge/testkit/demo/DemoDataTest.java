package dev.ledgerbridge.testkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.model.Customer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final DemoDataSet data = DemoData.generate();

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertEquals(data, DemoData.generate(DemoData.DEFAULT_SEED));
        assertNotEquals(data.accountViewCustomers(), DemoData.generate(7).accountViewCustomers());
    }

    @Test
    void hundredsOfCompaniesAndPersonsFromGermanyAndTheNetherlands() {
        List<Customer> av = data.accountViewCustomers();
        assertEquals(240, av.size());
        assertTrue(av.stream().filter(Customer::isCompany).count() > 80);
        assertTrue(av.stream().filter(c -> !c.isCompany()).count() > 80);
        assertTrue(av.stream().anyMatch(c -> "NL".equals(c.billingAddress().country())));
        assertTrue(av.stream().anyMatch(c -> "DE".equals(c.billingAddress().country())));
        assertTrue(av.stream().anyMatch(c -> c.displayName().contains("ü") || c.displayName().contains("ö")));
        // AccountView's limits: ACCT_NAME 40, MAIL_BUS 50, CITY 35
        assertTrue(av.stream().allMatch(c -> c.displayName().length() <= 40 && c.email().length() <= 50));
    }

    @Test
    void emailsAreUniqueSoMatchingByEmailIsUnambiguous() {
        List<String> emails = data.accountViewCustomers().stream().map(Customer::email).toList();
        assertEquals(emails.size(), new HashSet<>(emails).size());
    }

    @Test
    void containsTheDeliberatelyInvalidRecords() {
        assertEquals("info@@smit-installatietechniek-b-v.example", data.accountViewCustomers().get(7).email());
        assertTrue(data.accountViewCustomers().get(51).email().contains("(at)"));
        assertEquals("DE 12-345", data.accountViewCustomers().get(133).vatId());
        assertTrue(data.buchhaltungsButlerCustomers().stream().anyMatch(c -> c.displayName().length() > 100));
        assertEquals(2, data.webshopOrders().stream().filter(o -> o.lines().stream()
                .anyMatch(l -> l.sku().equals(DemoData.UNKNOWN_SKU))).count());
        assertTrue(data.supplierProducts().stream().anyMatch(p -> "12345".equals(p.ean())));
        assertTrue(data.supplierProducts().stream().anyMatch(p -> !p.imageUrls().isEmpty()));
    }

    @Test
    void ordersReferToExistingCustomersAndArticles() {
        var skus = new HashSet<>(data.articles().stream().map(p -> p.sku()).toList());
        var numbers = new HashSet<>(data.accountViewCustomers().stream().map(Customer::customerNumber).toList());
        data.accountViewOrders().forEach(o -> {
            assertTrue(numbers.contains(o.customerId()), o.reference());
            o.lines().forEach(l -> assertTrue(skus.contains(l.sku()), l.sku()));
        });
        assertTrue(data.accountViewOrders().stream().allMatch(o -> !o.lines().isEmpty()));
        assertTrue(data.articles().stream().filter(p -> p.categoryCode() != null).allMatch(p -> p.quantity() != null));
        assertTrue(data.buchhaltungsButlerInvoices().stream().map(o -> o.customer()).allMatch(Objects::nonNull));
    }
}
