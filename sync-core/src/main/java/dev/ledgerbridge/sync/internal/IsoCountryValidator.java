package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.model.constraints.IsoCountry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks {@link IsoCountry}: one of the JDK's ISO 3166-1 alpha-2 codes. */
public final class IsoCountryValidator implements ConstraintValidator<IsoCountry, String> {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }
}
