package dev.ledgerbridge.sync.model.constraints;

import dev.ledgerbridge.sync.internal.IsoCountryValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint of the sync model: the value, when not null, is an assigned ISO 3166-1 alpha-2 country
 * code in upper case ({@code DE}, {@code NL}), as the JDK knows them ({@link java.util.Locale#getISOCountries()}).
 * {@code ZZ} or {@code de} are refused.
 *
 * <p>Public so that the public model can carry it: public types never depend on {@code internal} packages. The
 * validator behind it is internal and may change.
 */
@Documented
@Constraint(validatedBy = IsoCountryValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCountry {
    /** The violation message. */
    String message() default "must be an ISO 3166-1 alpha-2 country code such as DE or NL";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
