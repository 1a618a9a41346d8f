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
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Bean Validation of requests before sending. Uses Hibernate Validator with the parameter message
 * interpolator, so no Expression Language implementation is needed at runtime.
 *
 * <p>Hibernate Validator logs {@code HV000001: Hibernate Validator <version>} at INFO when it is first
 * bootstrapped, through jboss-logging. Without a logging set-up of the application's own (no Logback, Log4j or
 * JBoss LogManager, e.g. only slf4j-simple), jboss-logging writes to {@code java.util.logging}, whose default
 * console handler prints INFO to stderr: a banner in every user's run. Before the bootstrap this class therefore
 * sets the {@code java.util.logging} level of that one category ({@value #HV_VERSION_CATEGORY}, which logs
 * nothing but the banner) to WARNING, unless the application already gave it a level. When jboss-logging logs
 * through another framework (Logback via SLF4J, Log4j 2, or {@code -Dorg.jboss.logging.provider=...}), that
 * framework's configuration decides; set the category to WARN there to hide the banner.
 */
public final class BeanValidation {
    /** The jboss-logging category of Hibernate Validator's version banner ({@code HV000001}) and of nothing else. */
    static final String HV_VERSION_CATEGORY = "org.hibernate.validator.internal.util.Version";
    /** Held so the level set here stays: java.util.logging keeps loggers only weakly. Before {@link #FACTORY}. */
    private static final Logger HV_VERSION_LOGGER = quietVersionBanner();
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ExpressionFreeInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BeanValidation() {
    }

    /**
     * Sets the java.util.logging level of {@link #HV_VERSION_CATEGORY} to WARNING unless the logger or the logging
     * configuration already names a level for it.
     */
    private static Logger quietVersionBanner() {
        Logger logger = Logger.getLogger(HV_VERSION_CATEGORY);
        boolean configured = logger.getLevel() != null
                || LogManager.getLogManager().getProperty(HV_VERSION_CATEGORY + ".level") != null;
        if (!configured) {
            logger.setLevel(Level.WARNING);
        }
        return logger;
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
