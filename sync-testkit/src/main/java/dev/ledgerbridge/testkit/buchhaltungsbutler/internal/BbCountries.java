package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import java.util.Map;

/** Country input as BuchhaltungsButler accepts it: ISO 3166-1 alpha-2 or a German country name; stored as ISO-2. */
final class BbCountries {
    private static final Map<String, String> GERMAN_NAMES = Map.ofEntries(
            Map.entry("deutschland", "DE"), Map.entry("österreich", "AT"), Map.entry("schweiz", "CH"),
            Map.entry("dänemark", "DK"), Map.entry("frankreich", "FR"), Map.entry("niederlande", "NL"),
            Map.entry("belgien", "BE"), Map.entry("luxemburg", "LU"), Map.entry("italien", "IT"),
            Map.entry("spanien", "ES"), Map.entry("polen", "PL"), Map.entry("tschechien", "CZ"),
            Map.entry("schweden", "SE"), Map.entry("norwegen", "NO"), Map.entry("finnland", "FI"),
            Map.entry("portugal", "PT"), Map.entry("irland", "IE"), Map.entry("vereinigtes königreich", "GB"),
            Map.entry("vereinigte staaten", "US"), Map.entry("ungarn", "HU"), Map.entry("griechenland", "GR"));

    private BbCountries() {
    }

    /** Returns the ISO-2 code, or null if the input is neither ISO-2 nor a known German name. */
    static String toIso(String input) {
        if (input.matches("[A-Za-z]{2}")) {
            return input.toUpperCase(java.util.Locale.ROOT);
        }
        return GERMAN_NAMES.get(input.trim().toLowerCase(java.util.Locale.GERMAN));
    }
}
