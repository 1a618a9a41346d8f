package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.util.regex.Pattern;

/**
 * Debtor and creditor records: validation of the write parameters and the read representation
 * (note the read names {@code additional_addressline} and {@code sales_tax_id_eu}).
 */
final class BbParty {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    /** Which kind of sub-ledger account. */
    enum Kind {
        DEBTOR("debitor", "debtor", 10000, 69999),
        CREDITOR("creditor", "creditor", 70000, 99999);

        final String readType;
        final String word;
        final int collective;
        final int max;

        /** First number of the range (the collective account) for the given account length. */
        int collective(int digits) {
            return collective * scale(digits);
        }

        /** Last number of the range for the given account length. */
        int max(int digits) {
            return (max + 1) * scale(digits) - 1;
        }

        private static int scale(int digits) {
            return digits == 6 ? 10 : 1;
        }

        Kind(String readType, String word, int collective, int max) {
            this.readType = readType;
            this.word = word;
            this.collective = collective;
            this.max = max;
        }
    }

    private BbParty() {
    }

    /** A new read-format row with all fields unset (empty strings; {@code uid_ch} null, as live). */
    static ObjectNode emptyRow(Kind kind, String number) {
        ObjectNode row = Json.object();
        row.put("type", kind.readType);
        row.put("name", "");
        row.put("postingaccount_number", number);
        row.put("contact_person_name", "");
        row.put("street", "");
        row.put("additional_addressline", "");
        row.put("zip", "");
        row.put("city", "");
        row.put("country", "");
        if (kind == Kind.DEBTOR) {
            row.put("customer_number", "");
        } else {
            row.putNull("customer_number");
        }
        row.put("sales_tax_id_eu", "");
        row.put("email", "");
        row.putNull("uid_ch");
        row.put("iban", "");
        row.put("bic", "");
        row.put("import_pending", 0);
        return row;
    }

    /**
     * Validates the write parameters present in {@code p} and copies them into {@code row} under their read names.
     * Codes as listed in the spec for add/update debtor (creditor: 21 = due_in_days instead of customer_number).
     */
    static void apply(Kind kind, BbParams p, ObjectNode row, boolean nameRequired) {
        String name = nameRequired ? p.requiredText("name", 8) : p.text("name", 8);
        ObjectNode staged = Json.object();
        putIf(staged, "name", name);
        putIf(staged, "contact_person_name", p.text("contact_person_name", 9));
        putIf(staged, "street", p.text("street", 10));
        putIf(staged, "additional_addressline", p.text("additional_address_line", 12));
        putIf(staged, "zip", p.text("zip", 13, 20));
        putIf(staged, "city", p.text("city", 14));
        String country = p.text("country", 16, 60);
        if (country != null) {
            String iso = BbCountries.toIso(country);
            if (iso == null) {
                throw BbError.invalid(16, "country");
            }
            staged.put("country", iso);
        }
        putIf(staged, "sales_tax_id_eu", p.text("sales_tax_id", 17, 20));
        String iban = p.text("iban", 18, 42);
        if (iban != null) {
            iban = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            if (!IBAN.matcher(iban).matches()) {
                throw BbError.invalid(18, "iban");
            }
            staged.put("iban", iban);
        }
        String bic = p.text("bic", 19, 11);
        if (bic != null) {
            if (!BIC.matcher(bic.toUpperCase(java.util.Locale.ROOT)).matches()) {
                throw BbError.invalid(19, "bic");
            }
            staged.put("bic", bic.toUpperCase(java.util.Locale.ROOT));
        }
        String email = p.text("email", 20);
        if (email != null) {
            if (!EMAIL.matcher(email).matches()) {
                throw BbError.invalid(20, "email");
            }
            staged.put("email", email);
        }
        if (kind == Kind.DEBTOR) {
            putIf(staged, "customer_number", p.text("customer_number", 21, 50));
        } else {
            Long due = p.integer("due_in_days", 21);
            if (due != null && (due < 0 || due > 999)) {
                throw BbError.invalid(21, "due in days");
            }
        }
        row.setAll(staged);
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The update response's {@code data}: the read row without {@code type}-independent extras. */
    static ObjectNode updateView(ObjectNode row) {
        ObjectNode data = Json.object();
        for (String f : new String[] {"type", "name", "contact_person_name", "street", "additional_addressline", "zip",
                "city", "country", "customer_number", "sales_tax_id_eu", "email", "uid_ch", "iban", "bic",
                "postingaccount_number"}) {
            data.set(f, row.get(f));
        }
        return data;
    }
}
