package dev.ledgerbridge.examples.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomMatchStrategyExampleTest {

    @Test
    void theCustomerWithANewEmailIsFoundByVatIdAndUpdatedNotDuplicated() {
        InMemoryConnector ledger = CustomMatchStrategyExample.ledger();
        SyncReport report = CustomMatchStrategyExample.run(CustomMatchStrategyExample.crm(), ledger);
        RecordResult result = report.flows().get(0).sample().get(0);
        assertEquals(Action.UPDATED, result.action(), result.toString());
        assertEquals(Optional.of("10042"), result.targetId());
        assertEquals(1, ledger.all(EntityType.CUSTOMER).size());
        assertEquals("rechnung@mueller-haustechnik.example", ledger.get(EntityType.CUSTOMER, "10042")
                .map(Customer::email).orElseThrow());
        assertEquals(0, ledger.calls("create", EntityType.CUSTOMER));
    }

    @Test
    void keysComeInOrderVatIdFirstAndMissingOnesAreLeftOut() {
        Customer c = Customer.builder().email("A@B.example").vatId("DE123456789").build();
        assertEquals(List.of(new MatchKey("vatId", "DE123456789"), new MatchKey("email", "a@b.example")),
                CustomMatchStrategyExample.BY_VAT_ID_THEN_EMAIL.keys(c));
        assertEquals(List.of(new MatchKey("email", "a@b.example")),
                CustomMatchStrategyExample.BY_VAT_ID_THEN_EMAIL.keys(c.toBuilder().vatId(null).build()));
    }
}
