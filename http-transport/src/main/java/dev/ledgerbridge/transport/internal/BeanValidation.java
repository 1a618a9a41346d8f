package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Bean Validation of requests before sending. Uses Hibernate Validator with the parameter message
 * interpolator, so no Expression Language implementation is needed at runtime.
 */
public final class BeanValidation {
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ExpressionFreeInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BeanValidation() {
    }

    /** The shared validator. */
    public static Validator validator() {
        return VALIDATOR;
    }

    /** Violations of the object, sorted by field; empty when valid. */
    public static List<Violation> violations(Object value) {
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
        return found.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), Numbers.describe(v.getInvalidValue()),
                        v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
                .toList();
    }

    /**
     * Throws {@link RequestValidationException} naming every broken rule.
     *
     * @param value    the request object
     * @param endpoint the endpoint it is meant for, for the message
     */
    public static void requireValid(Object value, String endpoint) {
        List<Violation> v = violations(value);
        if (!v.isEmpty()) {
            throw new RequestValidationException(endpoint, v);
        }
    }
}
