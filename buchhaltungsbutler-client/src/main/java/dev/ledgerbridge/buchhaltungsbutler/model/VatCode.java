package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * VAT code of a posting ({@code 19_vat}, {@code 7_pre}, ...). Plain percentages such as {@code "19"} are rejected by the API.
 *
 * <p>An open set: the constants are the documented values, {@link #of(String)} represents any
 * other value the server sends or a newer API version accepts. Immutable; compare with equals.
 */
public final class VatCode extends OpenValue {
    /** Code {@code 0_none} */
    public static final VatCode VAT_0_NONE = new VatCode("0_none");
    /** Code {@code 19_vat} */
    public static final VatCode VAT_19_VAT = new VatCode("19_vat");
    /** Code {@code 7_vat} */
    public static final VatCode VAT_7_VAT = new VatCode("7_vat");
    /** Code {@code 19_pre} */
    public static final VatCode VAT_19_PRE = new VatCode("19_pre");
    /** Code {@code 7_pre} */
    public static final VatCode VAT_7_PRE = new VatCode("7_pre");
    /** Code {@code 19_both_1} */
    public static final VatCode VAT_19_BOTH_1 = new VatCode("19_both_1");
    /** Code {@code 19_both_2} */
    public static final VatCode VAT_19_BOTH_2 = new VatCode("19_both_2");
    /** Code {@code 7_both} */
    public static final VatCode VAT_7_BOTH = new VatCode("7_both");
    /** Code {@code 19_both_1_no_pre} */
    public static final VatCode VAT_19_BOTH_1_NO_PRE = new VatCode("19_both_1_no_pre");
    /** Code {@code 19_both_2_no_pre} */
    public static final VatCode VAT_19_BOTH_2_NO_PRE = new VatCode("19_both_2_no_pre");
    /** Code {@code 7_both_no_pre} */
    public static final VatCode VAT_7_BOTH_NO_PRE = new VatCode("7_both_no_pre");
    /** Code {@code 19_pre_app} */
    public static final VatCode VAT_19_PRE_APP = new VatCode("19_pre_app");
    /** Code {@code 7_pre_app} */
    public static final VatCode VAT_7_PRE_APP = new VatCode("7_pre_app");
    /** Code {@code 19_both_app_1} */
    public static final VatCode VAT_19_BOTH_APP_1 = new VatCode("19_both_app_1");
    /** Code {@code 19_both_app_2} */
    public static final VatCode VAT_19_BOTH_APP_2 = new VatCode("19_both_app_2");
    /** Code {@code 7_both_app} */
    public static final VatCode VAT_7_BOTH_APP = new VatCode("7_both_app");
    /** Code {@code 19_both_506} */
    public static final VatCode VAT_19_BOTH_506 = new VatCode("19_both_506");
    /** Code {@code 19_both_6506} */
    public static final VatCode VAT_19_BOTH_6506 = new VatCode("19_both_6506");
    /** Code {@code 19_both_511} */
    public static final VatCode VAT_19_BOTH_511 = new VatCode("19_both_511");
    /** Code {@code 19_both_6511} */
    public static final VatCode VAT_19_BOTH_6511 = new VatCode("19_both_6511");
    /** Code {@code 19_both_6501} */
    public static final VatCode VAT_19_BOTH_6501 = new VatCode("19_both_6501");
    /** Code {@code 19_both_app_506} */
    public static final VatCode VAT_19_BOTH_APP_506 = new VatCode("19_both_app_506");
    /** Code {@code 19_both_app_511} */
    public static final VatCode VAT_19_BOTH_APP_511 = new VatCode("19_both_app_511");

    private VatCode(String value) {
        super(value);
    }

    /**
     * The value for a wire string.
     *
     * @param value the API's spelling, not blank
     */
    public static VatCode of(String value) {
        requireNotBlank(value, "VatCode");
        if (value.strip().matches("\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("VatCode '" + value + "' is a plain percentage, which the API rejects;"
                    + " use a code such as 19_vat or 7_pre");
        }
        return new VatCode(value);
    }

    /** Reading is tolerant: blank becomes null, anything else is kept as sent. */
    @JsonCreator
    private static VatCode fromJson(String value) {
        return absent(value) ? null : new VatCode(value);
    }
}
