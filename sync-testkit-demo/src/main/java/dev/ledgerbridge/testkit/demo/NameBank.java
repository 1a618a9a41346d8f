package dev.ledgerbridge.testkit.demo;

import java.util.List;

/** German and Dutch names, streets, cities and company patterns the demo data is drawn from. */
final class NameBank {

    /** A city with its postcode prefix. */
    record City(String name, String postcode) {
    }

    /** Everything needed to invent a customer of one country. */
    record Country(String code, List<String> firstNames, List<String> lastNames, List<String> streets,
                   List<City> cities, List<String> companyPatterns, String phonePrefix) {
    }

    static final Country NL = new Country("NL",
            List.of("Jan", "Pieter", "Sanne", "Femke", "Daan", "Lotte", "Bram", "Eva", "Thijs", "Anouk", "Joost",
                    "Marieke", "Willem", "Ingrid", "Ruben", "Sophie", "Maarten", "Lieke", "Gert", "Noor"),
            List.of("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "van Leeuwen", "Brouwer"),
            List.of("Oudegracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Julianastraat",
                    "Industrieweg", "Havenkade", "Prinsengracht", "Lange Voorhout", "Beukenlaan", "Marktplein"),
            List.of(new City("Utrecht", "3511"), new City("Amsterdam", "1012"), new City("Rotterdam", "3011"),
                    new City("Den Haag", "2511"), new City("Eindhoven", "5611"), new City("Groningen", "9711"),
                    new City("Zwolle", "8011"), new City("Haarlem", "2011"), new City("Arnhem", "6811"),
                    new City("Breda", "4811")),
            List.of("%s Installatietechniek B.V.", "Bakkerij %s", "%s & Zn. Bouw", "Fietsenmakerij %s",
                    "%s Logistiek B.V.", "Drukkerij %s", "Schildersbedrijf %s", "%s Tuinen"),
            "+31 ");

    static final Country DE = new Country("DE",
            List.of("Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Maximilian", "Sophie", "Paul", "Hannah",
                    "Jürgen", "Ursula", "Stefan", "Katrin", "Matthias", "Sabine", "Klaus", "Birgit", "Tobias"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger"),
            List.of("Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee",
                    "Industriestraße", "Am Markt", "Gartenweg", "Friedrichstraße", "Kirchweg", "Rosenstraße"),
            List.of(new City("Berlin", "10115"), new City("Hamburg", "20095"), new City("München", "80331"),
                    new City("Köln", "50667"), new City("Frankfurt am Main", "60311"),
                    new City("Düsseldorf", "40213"), new City("Leipzig", "04109"), new City("Dortmund", "44135"),
                    new City("Bremen", "28195"), new City("Hannover", "30159")),
            List.of("%s Haustechnik GmbH", "Bäckerei %s", "%s & Söhne KG", "Autohaus %s", "%s Elektro GmbH",
                    "Schreinerei %s", "Malerbetrieb %s", "%s Gartenbau"),
            "+49 ");

    /** Article groups: AV {@code AG_CODE} (max 10) and description, with nouns for article names. */
    record Group(String code, String name, List<String> nouns, double basePrice) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("SCHR", "Schroeven", List.of("Spaanplaatschroef", "Houtschroef", "Metaalschroef"), 4.5),
            new Group("GEREED", "Gereedschap", List.of("Schroevendraaier", "Hamer", "Waterpas", "Zaag"), 19.0),
            new Group("ELEK", "Elektra", List.of("Stopcontact", "Schakelaar", "Verlengsnoer"), 12.0),
            new Group("VERL", "Verlichting", List.of("LED-lamp", "Plafondlamp", "Bouwlamp"), 24.0),
            new Group("SANIT", "Sanitair", List.of("Kraan", "Sifon", "Douchekop"), 39.0),
            new Group("VERF", "Verf en lak", List.of("Muurverf", "Grondverf", "Lak"), 29.0),
            new Group("TUIN", "Tuin", List.of("Tuinslang", "Snoeischaar", "Hark"), 17.0),
            new Group("BEVEST", "Bevestiging", List.of("Plug", "Haak", "Beugel"), 3.5),
            new Group("VEILIG", "Veiligheid", List.of("Werkhandschoen", "Veiligheidsbril", "Gehoorkap"), 9.0),
            new Group("KABEL", "Kabels", List.of("Installatiekabel", "Netwerkkabel", "Grondkabel"), 45.0));

    static final List<String> SIZES = List.of("klein", "middel", "groot", "4x40", "5x60", "10 m", "25 m", "set",
            "pro", "basic");

    private NameBank() {
    }
}
