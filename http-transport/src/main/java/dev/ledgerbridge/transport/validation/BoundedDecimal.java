package dev.ledgerbridge.transport.validation;

import dev.ledgerbridge.transport.internal.BoundedDecimalValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: a {@link java.math.BigDecimal} with at most {@link #integer()} digits before and {@link #fraction()} digits after
 * the decimal point (trailing zeros after the point do not count); null is valid. Unlike {@code @Digits} it stays
 * cheap for hostile values such as {@code 1E+999999999} or a number of millions of digits, which would otherwise
 * exhaust memory when written as plain text.
 *
 * <p>Public so that public models (the clients' request models, the sync model) can carry it: public types never
 * depend on {@code internal} packages. The validator behind it is internal and may change.
 */
@Documented
@Constraint(validatedBy = BoundedDecimalValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundedDecimal {
    /** Most digits before the decimal point; default 15. */
    int integer() default 15;

    /** Most significant digits after the decimal point; default 6. */
    int fraction() default 6;

    /** The violation message. */
    String message() default "must have at most {integer} integer digits and {fraction} fraction digits";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
