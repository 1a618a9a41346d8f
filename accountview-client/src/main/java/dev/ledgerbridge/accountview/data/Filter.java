package dev.ledgerbridge.accountview.data;

import dev.ledgerbridge.transport.internal.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered filter of a query: {@code FilterControlSource{n}}, {@code FilterOperator{n}},
 * {@code FilterValueType{n}}, {@code FilterValue{n}} and optionally {@code FilterIsListOfValues{n}}. The number
 * is assigned by {@link DataQuery} from the order of the filters. Immutable.
 *
 * <p>The factory methods encode the value for its type: numbers in plain notation, dates and date-times as
 * FoxPro literals ({@link FoxPro}).
 */
public final class Filter {
    private final String field;
    private final FilterOperator operator;
    private final FieldType valueType;
    private final String value;
    private final Boolean listOfValues;

    private Filter(String field, FilterOperator operator, FieldType valueType, String value, Boolean listOfValues) {
        this.field = requireField(field);
        this.operator = Objects.requireNonNull(operator, "operator");
        this.valueType = Objects.requireNonNull(valueType, "valueType");
        this.value = Objects.requireNonNull(value, "value");
        this.listOfValues = listOfValues;
    }

    private static String requireField(String field) {
        Objects.requireNonNull(field, "field");
        if (field.isBlank() || !field.strip().matches("[A-Za-z0-9_.]+")) {
            throw new IllegalArgumentException("filter field '" + field
                    + "' must be a field code, optionally table-qualified (letters, digits, _ and .)");
        }
        return field.strip();
    }

    /**
     * A filter with an already encoded value; use it for operators or value types the factories do not cover.
     *
     * @param field     field code, optionally table-qualified ({@code hst_ah.hdr_type})
     * @param operator  the operator
     * @param valueType the value type code sent as {@code FilterValueType{n}}
     * @param value     the value exactly as sent
     * @return the filter
     */
    public static Filter of(String field, FilterOperator operator, FieldType valueType, String value) {
        return new Filter(field, operator, valueType, value, null);
    }

    /** Character field equals {@code value} (value type {@code C}). */
    public static Filter equal(String field, String value) {
        return of(field, FilterOperator.EQUAL, FieldType.CHARACTER, value);
    }

    /** Numeric field equals {@code value} (value type {@code N}). */
    public static Filter equal(String field, BigDecimal value) {
        return of(field, FilterOperator.EQUAL, FieldType.NUMERIC, Numbers.plainText(value));
    }

    /** Numeric field equals {@code value} (value type {@code N}). */
    public static Filter equal(String field, long value) {
        return of(field, FilterOperator.EQUAL, FieldType.NUMERIC, Long.toString(value));
    }

    /** Character field does not equal {@code value} (value type {@code C}). */
    public static Filter notEqual(String field, String value) {
        return of(field, FilterOperator.NOT_EQUAL, FieldType.CHARACTER, value);
    }

    /** Numeric field does not equal {@code value} (value type {@code N}). */
    public static Filter notEqual(String field, long value) {
        return of(field, FilterOperator.NOT_EQUAL, FieldType.NUMERIC, Long.toString(value));
    }

    /** Character field contains {@code value} (value type {@code C}). */
    public static Filter contains(String field, String value) {
        return of(field, FilterOperator.CONTAINS, FieldType.CHARACTER, value);
    }

    /** Date-time field on or after {@code since} (value type {@code T}, e.g. {@code {^2024-05-01 00:00:00}}). */
    public static Filter onOrAfter(String field, LocalDateTime since) {
        return of(field, FilterOperator.DATE_ON_OR_AFTER_DATE, FieldType.DATE_TIME, FoxPro.dateTimeLiteral(since));
    }

    /** Date field on or after {@code since} (value type {@code D}, e.g. {@code {^2024-05-01}}). */
    public static Filter onOrAfter(String field, LocalDate since) {
        return of(field, FilterOperator.DATE_ON_OR_AFTER_DATE, FieldType.DATE, FoxPro.dateLiteral(since));
    }

    /** Same filter, with {@code FilterIsListOfValues{n}} sent as given (its server-side meaning is unconfirmed). */
    public Filter listOfValues(boolean listOfValues) {
        return new Filter(field, operator, valueType, value, listOfValues);
    }

    /** Field code as sent. */
    public String field() {
        return field;
    }

    /** Operator. */
    public FilterOperator operator() {
        return operator;
    }

    /** Value type. */
    public FieldType valueType() {
        return valueType;
    }

    /** Encoded value as sent. */
    public String value() {
        return value;
    }

    /** The {@code FilterIsListOfValues{n}} flag, when set. */
    public Optional<Boolean> listOfValues() {
        return Optional.ofNullable(listOfValues);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter f && f.field.equals(field) && f.operator.equals(operator)
                && f.valueType.equals(valueType) && f.value.equals(value) && Objects.equals(f.listOfValues, listOfValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, operator, valueType, value, listOfValues);
    }

    @Override
    public String toString() {
        return field + " " + operator + " " + valueType + ":" + value;
    }
}
