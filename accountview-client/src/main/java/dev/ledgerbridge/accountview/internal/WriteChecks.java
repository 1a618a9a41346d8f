package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.Violation;
import dev.ledgerbridge.transport.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks of raw and typed writes before sending: every decimal within {@value #INTEGER_DIGITS} integer and
 * {@value #FRACTION_DIGITS} fraction digits (AccountView's numeric fields are narrower still; a number like
 * {@code 1E+999999999} is never meant and must not reach the serializer).
 */
final class WriteChecks {
    static final int INTEGER_DIGITS = 15;
    static final int FRACTION_DIGITS = 6;

    private WriteChecks() {
    }

    /** Throws a {@link RequestValidationException} naming {@code TABLE[row].FIELD}, value and rule. */
    static void requireBoundedNumbers(WriteRequest request, String endpoint) {
        List<Violation> out = new ArrayList<>();
        List<WriteRequest.Header> headers = request.headers();
        int lineNo = 0;
        for (int h = 0; h < headers.size(); h++) {
            check(out, request.table() + "[" + (h + 1) + "]", headers.get(h).row());
            for (Map.Entry<String, List<WriteRow>> lines : headers.get(h).lines().entrySet()) {
                for (WriteRow line : lines.getValue()) {
                    check(out, lines.getKey() + "[" + (++lineNo) + "]", line);
                }
            }
        }
        if (!out.isEmpty()) {
            throw new RequestValidationException(endpoint, out);
        }
    }

    private static void check(List<Violation> out, String where, WriteRow row) {
        for (String f : row.fields()) {
            if (row.value(f) instanceof BigDecimal d && !Numbers.within(d, INTEGER_DIGITS, FRACTION_DIGITS)) {
                out.add(new Violation(where + "." + f, Numbers.describe(d), "must have at most " + INTEGER_DIGITS
                        + " integer digits and " + FRACTION_DIGITS + " fraction digits"));
            }
        }
    }
}
