package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.Violation;
import dev.ledgerbridge.transport.internal.BeanValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation of typed values before sending, with the field code next to each property
 * ({@code name (ACCT_NAME)}). Inserts also check the {@link OnInsert} rules (mandatory fields).
 */
public final class Validation {
    private Validation() {
    }

    /** Throws a {@link RequestValidationException} for every broken rule. */
    public static void require(Object value, boolean insert, Map<String, String> codes, Map<String, String> lineCodes,
            List<Violation> more, String endpoint) {
        Class<?>[] groups = insert ? new Class<?>[] {Default.class, OnInsert.class} : new Class<?>[] {Default.class};
        List<Violation> out = new ArrayList<>(more);
        for (ConstraintViolation<Object> v : BeanValidation.validator().validate(value, groups)) {
            out.add(new Violation(label(v.getPropertyPath().toString(), codes, lineCodes),
                    String.valueOf(v.getInvalidValue()), v.getMessage()));
        }
        if (!out.isEmpty()) {
            out.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
            throw new RequestValidationException(endpoint, out);
        }
    }

    private static String label(String path, Map<String, String> codes, Map<String, String> lineCodes) {
        int dot = path.lastIndexOf('.');
        String property = dot < 0 ? path : path.substring(dot + 1);
        String code = (dot < 0 ? codes : lineCodes).get(property);
        return code == null ? path : path + " (" + code + ")";
    }
}
