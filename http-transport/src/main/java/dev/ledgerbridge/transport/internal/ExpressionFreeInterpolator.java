package dev.ledgerbridge.transport.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator's parameter interpolator (no Expression Language needed at runtime), plus the one
 * expression the standard messages use: {@code ${inclusive == true ? 'a' : 'b'}} in the messages of
 * {@code @DecimalMin} and {@code @DecimalMax}. Without this, "must be greater than or equal to 0" would reach users
 * as raw EL text.
 */
final class ExpressionFreeInterpolator implements MessageInterpolator {
    private static final Pattern INCLUSIVE = Pattern.compile(
            "\\$\\{inclusive\\s*==\\s*true\\s*\\?\\s*'([^']*)'\\s*:\\s*'([^']*)'\\s*}");

    private final MessageInterpolator delegate = new ParameterMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return resolve(delegate.interpolate(template, context), context);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return resolve(delegate.interpolate(template, context, locale), context);
    }

    private static String resolve(String message, Context context) {
        if (message == null || !message.contains("${")) {
            return message;
        }
        Object inclusive = context.getConstraintDescriptor().getAttributes().get("inclusive");
        boolean yes = !(inclusive instanceof Boolean b) || b;
        Matcher m = INCLUSIVE.matcher(message);
        return m.replaceAll(r -> Matcher.quoteReplacement(yes ? r.group(1) : r.group(2)));
    }
}
