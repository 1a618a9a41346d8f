package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.model.Customer;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small translation rules: address lines, changed fields, price modes, search codes. */
class MappingRulesTest {
    @Test
    void addressLineSplitsOffTheHouseNumberWithAddition() {
        assertArrayEquals(new String[] {"Keizersgracht", "12a"}, Addresses.split("Keizersgracht 12a"));
        assertArrayEquals(new String[] {"Laan van Meerdervoort", "1024 B"}, Addresses.split("Laan van Meerdervoort 1024 B"));
        assertArrayEquals(new String[] {"Postbus", null}, Addresses.split("Postbus"));
        assertEquals("Hauptstraße 5", Addresses.line(Shop.address("Hauptstraße", "5", null, null, null)));
    }

    @Test
    void onlyChangedNonKeptFieldsAreWrittenAndNullNeverClears() {
        Customer current = Shop.person("Jan", "jan@x.nl");
        Customer want = current.toBuilder().phone("030 1").vatId(null).contactPerson("Jan B").build();
        assertEquals(Set.of("phone", "contactPerson"), Customers.changedFields(want, current, Set.of()));
        assertEquals(Set.of("phone"), Customers.changedFields(want, current, Set.of("contactPerson")));
    }

    @Test
    void pricesAreConvertedToTheAdministrationsModeWithTheTaxRate() {
        Products.Prices net = new Products.Prices(false);
        assertEquals(new BigDecimal("10.00"), net.toAccountView(new BigDecimal("12.10"), true, new BigDecimal("21"),
                "p"));
        assertEquals(new BigDecimal("12.10"), new Products.Prices(true).toAccountView(BigDecimal.TEN, false,
                new BigDecimal("21"), "p"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.toAccountView(BigDecimal.TEN, true, null, "product 1001"));
        assertTrue(e.getMessage().contains("product 1001") && e.getMessage().contains("tax rate"), e.getMessage());
    }

    @Test
    void searchCodeIsTenLettersOrDigitsOfTheName() {
        assertEquals("MLLERBOUWB", Customers.defaultSearchCode(Shop.company("Müller Bouw B.V.", null, null)));
        assertEquals("-", Customers.defaultSearchCode(Shop.person("--", null)));
    }
}
