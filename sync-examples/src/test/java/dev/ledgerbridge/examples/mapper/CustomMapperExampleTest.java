package dev.ledgerbridge.examples.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CustomMapperExampleTest {

    @Test
    void customersArriveWithTheCountryTheirPostcodeImplies() {
        InMemoryConnector ledger = CustomMapperExample.ledger();
        SyncReport report = CustomMapperExample.run(CustomMapperExample.webshop(), ledger);
        assertEquals(2, report.count(Action.CREATED));
        Map<String, String> countries = ledger.all(EntityType.CUSTOMER).stream().collect(Collectors.toMap(
                c -> c.value().contactPerson(), c -> c.value().billingAddress().country()));
        assertEquals(Map.of("Femke de Boer", "NL", "Jonas Weber", "DE"), countries);
    }

    @Test
    void aCountryThatIsSetOrAPostcodeOfUnknownShapeIsLeftAlone() {
        CountryFromPostcode mapper = new CountryFromPostcode();
        Customer belgian = Customer.builder().billingAddress(Address.builder().postcode("1000").build()).build();
        Customer set = Customer.builder().billingAddress(Address.builder().postcode("10115").country("AT").build())
                .build();
        assertEquals(belgian, mapper.map(belgian, null));
        assertEquals(set, mapper.map(set, null));
        assertEquals("NL", mapper.map(Customer.builder().billingAddress(Address.builder().postcode("3511ab")
                .build()).build(), null).billingAddress().country());
    }
}
