package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.model.Address;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Street and house number to and from AccountView's one-line {@code ADDRESS1}. */
final class Addresses {
    /** The last token starting with a digit is the house number (with any addition): "Hoofdstraat 12a". */
    private static final Pattern STREET_NUMBER = Pattern.compile("^(.*?)\\s+(\\d\\S*(?:\\s*[a-zA-Z])?)$");

    private Addresses() {
    }

    /** "street number", or whichever part exists; null when both are absent. */
    static String line(Address a) {
        if (a == null) {
            return null;
        }
        String street = blankToNull(a.street());
        String number = blankToNull(a.houseNumber());
        if (street == null) {
            return number;
        }
        return number == null ? street : street + " " + number;
    }

    /** Splits a one-line address into street and house number (no number found: all of it is the street). */
    static String[] split(String line) {
        String l = blankToNull(line);
        if (l == null) {
            return new String[] {null, null};
        }
        Matcher m = STREET_NUMBER.matcher(l);
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2).strip()} : new String[] {l, null};
    }

    /** An address, or null when every part is absent. */
    static Address of(String street, String number, String postcode, String city, String country) {
        Address a = new Address(blankToNull(street), blankToNull(number), blankToNull(postcode), blankToNull(city),
                blankToNull(country));
        return isEmpty(a) ? null : a;
    }

    static boolean isEmpty(Address a) {
        return a == null || a.street() == null && a.houseNumber() == null && a.postcode() == null
                && a.city() == null && a.country() == null;
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
