package dev.ledgerbridge.examples.mapper;

import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MappingContext;
import java.util.regex.Pattern;

/**
 * A custom {@link Mapper}: fills in the billing address's country when the source left it empty, from the shape of
 * the postcode ({@code 1234 AB} is Dutch, five digits German). Webshops often send no country; BuchhaltungsButler
 * and AccountView both want one.
 */
public final class CountryFromPostcode implements Mapper<Customer> {

    private static final Pattern DUTCH = Pattern.compile("\\d{4}\\s?[A-Z]{2}");
    private static final Pattern GERMAN = Pattern.compile("\\d{5}");

    @Override
    public Customer map(Customer source, MappingContext context) {
        Address a = source.billingAddress();
        if (a == null || a.country() != null || a.postcode() == null) {
            return source;
        }
        String postcode = a.postcode().strip().toUpperCase(java.util.Locale.ROOT);
        String country = DUTCH.matcher(postcode).matches() ? "NL" : GERMAN.matcher(postcode).matches() ? "DE" : null;
        return country == null ? source : source.toBuilder().billingAddress(a.toBuilder().country(country).build())
                .build();
    }
}
