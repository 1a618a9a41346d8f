package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.validation.BoundedDecimal;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link BoundedDecimal} with {@link Numbers#within}, never expanding the value. */
public final class BoundedDecimalValidator implements ConstraintValidator<BoundedDecimal, BigDecimal> {
    private int integer;
    private int fraction;

    @Override
    public void initialize(BoundedDecimal bounds) {
        this.integer = bounds.integer();
        this.fraction = bounds.fraction();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || Numbers.within(value, integer, fraction);
    }
}
