package dev.ledgerbridge.testkit.demo;

import dev.ledgerbridge.testkit.demo.NameBank.City;
import dev.ledgerbridge.testkit.demo.NameBank.Country;
import dev.ledgerbridge.testkit.demo.NameBank.Group;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates the demo's data set: the same seed always gives the same records, so two runs (and the README's
 * printed output) agree. A few records are deliberately invalid; {@link #INVALID_RECORDS} says which and why.
 */
public final class DemoData {

    /** The seed the demo uses. */
    public static final long DEFAULT_SEED = 2026L;
    /** The AV article that carries the single line of a BuchhaltungsButler invoice read back as a sales order. */
    public static final String HEADER_ONLY_SKU = "BB-FACTUUR";
    /** A SKU that no catalogue contains. */
    public static final String UNKNOWN_SKU = "ART-9999";
    /** What is wrong on purpose, for the demo's introduction. */
    public static final List<String> INVALID_RECORDS = List.of(
            "AccountView debtors 10008 and 10052: malformed e-mail addresses",
            "AccountView debtor 10134: VAT id 'DE 12-345' is not a VAT id",
            "BuchhaltungsButler debtor: a 131-character company name (the model allows 100)",
            "webshop orders WS-100008 and WS-100020: a line with SKU " + UNKNOWN_SKU + " that no catalogue has",
            "supplier feed: an EAN of 5 digits, a 57-character name (AccountView allows 50), an image URL "
                    + "AccountView cannot store");

    static final int AV_CUSTOMERS = 240;
    static final int BB_CUSTOMERS = 90;
    static final int BB_OVERLAP = 20;
    static final int ARTICLES = 150;
    static final int AV_ORDERS = 80;
    static final int BB_INVOICES = 40;
    static final int WEBSHOP_ORDERS = 30;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);

    private final Random random;
    private final Set<String> emails = new HashSet<>();

    private DemoData(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Generates the data set with {@link #DEFAULT_SEED}.
     *
     * @return the data set
     */
    public static DemoDataSet generate() {
        return generate(DEFAULT_SEED);
    }

    /**
     * Generates a data set; equal seeds give equal data sets.
     *
     * @param seed the random seed
     * @return the data set
     */
    public static DemoDataSet generate(long seed) {
        return new DemoData(seed).build();
    }

    private DemoDataSet build() {
        List<Customer> av = accountViewCustomers();
        List<Customer> bb = buchhaltungsButlerCustomers(av);
        List<Category> groups = NameBank.GROUPS.stream().map(g -> Category.of(g.code(), g.name())).toList();
        List<Product> articles = articles();
        List<StockLevel> stock = stock(articles);
        List<Customer> validAv = av.stream().filter(c -> isPlausible(c.email()) && !"DE 12-345".equals(c.vatId()))
                .toList();
        List<Order> avOrders = accountViewOrders(av, validAv, articles);
        List<Order> invoices = invoices(bb);
        List<Order> webshop = webshopOrders(validAv, articles);
        List<Category> feedCategories = List.of(Category.of("VERL", "Verlichting en LED"),
                Category.of("ELEK", "Elektra"), Category.of("SMART", "Slimme woning"));
        List<Product> feed = supplierProducts(articles);
        return new DemoDataSet(av, bb, groups, withStock(articles, stock), stock, avOrders, invoices, webshop,
                feedCategories, feed);
    }

    private List<Customer> accountViewCustomers() {
        List<Customer> list = new ArrayList<>();
        for (int i = 0; i < AV_CUSTOMERS; i++) {
            Country country = random.nextInt(10) < 6 ? NameBank.NL : NameBank.DE;
            Customer c = customer(country, String.valueOf(10001 + i), random.nextInt(100) < 55);
            if (i == 7) {
                c = c.toBuilder().email(c.email().replace("@", "@@")).build();
            } else if (i == 51) {
                c = c.toBuilder().email(c.email().replace("@", "(at)")).build();
            } else if (i == 133) {
                c = c.toBuilder().vatId("DE 12-345").build();
            }
            list.add(c);
        }
        return list;
    }

    private List<Customer> buchhaltungsButlerCustomers(List<Customer> av) {
        List<Customer> list = new ArrayList<>();
        // the same customers as in AccountView, half of them at their old address: the customer flow updates those
        for (int i = 0; list.size() < BB_OVERLAP && i < av.size(); i += 7) {
            Customer c = av.get(i);
            if (isPlausible(c.email()) && c.vatId() == null) {
                Address old = c.billingAddress().toBuilder()
                        .houseNumber(String.valueOf(Integer.parseInt(c.billingAddress().houseNumber()) + 200)).build();
                list.add(c.toBuilder().customerNumber(null).phone(null)
                        .billingAddress(list.size() % 2 == 0 ? old : c.billingAddress()).build());
            }
        }
        for (int i = list.size(); i < BB_CUSTOMERS; i++) {
            Country country = random.nextInt(10) < 8 ? NameBank.DE : NameBank.NL;
            list.add(customer(country, "K-" + (2001 + i), random.nextInt(100) < 60));
        }
        list.set(BB_CUSTOMERS - 5, list.get(BB_CUSTOMERS - 5).toBuilder()
                .companyName("Gesellschaft für Sanitär-, Heizungs-, Klima- und Elektrotechnik sowie "
                        + "Gebäudeautomation und Energieberatung Rhein-Main-Neckar mbH")
                .build());
        return list;
    }

    private Customer customer(Country country, String number, boolean company) {
        String first = pick(country.firstNames());
        String last = pick(country.lastNames());
        String person = first + " " + last;
        City city = pick(country.cities());
        Address address = Address.builder()
                .street(pick(country.streets()))
                .houseNumber(String.valueOf(1 + random.nextInt(180)))
                .postcode(postcode(country, city))
                .city(city.name())
                .country(country.code())
                .build();
        Customer.Builder b = Customer.builder().customerNumber(number).contactPerson(person)
                .phone(phone(country)).billingAddress(address);
        if (company) {
            String name = String.format(pick(country.companyPatterns()), lastNameOnly(last));
            b.companyName(name).email(uniqueEmail("info@" + slug(name) + ".example"));
            if (random.nextInt(3) == 0) {
                b.vatId(country.code() + digits(9) + ("NL".equals(country.code()) ? "B01" : ""));
            }
        } else {
            b.email(uniqueEmail(slug(first) + "." + slug(last) + "@mail.example"));
        }
        return b.build();
    }

    private List<Product> articles() {
        List<Product> list = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Group group = NameBank.GROUPS.get(i % NameBank.GROUPS.size());
            String name = pick(group.nouns()) + " " + pick(NameBank.SIZES);
            list.add(Product.builder()
                    .sku("ART-" + (1001 + i))
                    .name(name)
                    .categoryCode(group.code())
                    .price(money(group.basePrice() * (0.6 + random.nextDouble() * 1.8)), false)
                    .currency("EUR")
                    .build());
        }
        list.add(Product.builder().sku("VERZENDKOSTEN").name("Verzendkosten").price(new BigDecimal("6.95"), false)
                .currency("EUR").build());
        list.add(Product.builder().sku(HEADER_ONLY_SKU).name("Factuur volgens BuchhaltungsButler")
                .price(BigDecimal.ZERO.setScale(2), false).currency("EUR").build());
        return list;
    }

    private List<StockLevel> stock(List<Product> articles) {
        List<StockLevel> list = new ArrayList<>();
        for (Product p : articles) {
            if (p.categoryCode() == null) {
                continue;
            }
            int technical = random.nextInt(8) == 0 ? 0 : 5 + random.nextInt(400);
            int reserved = Math.min(technical, random.nextInt(20));
            int onOrder = technical < 20 ? 50 : 0;
            list.add(new StockLevel(p.sku(), BigDecimal.valueOf(technical - reserved),
                    BigDecimal.valueOf(technical - reserved), BigDecimal.valueOf(technical - reserved),
                    BigDecimal.valueOf(technical), BigDecimal.valueOf(reserved), BigDecimal.valueOf(onOrder)));
        }
        return list;
    }

    private static List<Product> withStock(List<Product> articles, List<StockLevel> stock) {
        return articles.stream().map(p -> stock.stream().filter(s -> s.sku().equals(p.sku())).findFirst()
                .map(s -> p.toBuilder().quantity(s.available()).build()).orElse(p)).toList();
    }

    private List<Order> accountViewOrders(List<Customer> all, List<Customer> valid, List<Product> articles) {
        List<Order> list = new ArrayList<>();
        for (int i = 0; i < AV_ORDERS; i++) {
            // two orders belong to the customers with a malformed e-mail address
            Customer customer = i == 13 ? all.get(7) : i == 47 ? all.get(51) : pick(valid);
            list.add(Order.builder()
                    .reference("SO-" + (i + 1))
                    .type(OrderType.SALES_ORDER)
                    .date(FIRST_DAY.plusDays(i % 55))
                    .customer(customer)
                    .customerId(customer.customerNumber())
                    .currency("EUR")
                    .lines(lines(articles, 1 + random.nextInt(4)))
                    .build());
        }
        return list;
    }

    private List<Order> invoices(List<Customer> bb) {
        List<Order> list = new ArrayList<>();
        for (int i = 0; i < BB_INVOICES; i++) {
            Customer customer = bb.get((i * 7) % (BB_CUSTOMERS - 10));
            List<OrderLine> lines = new ArrayList<>();
            lines.add(OrderLine.builder().sku("Beratung").description("Beratung vor Ort")
                    .quantity(BigDecimal.valueOf(1 + random.nextInt(6))).unitPrice(new BigDecimal("95.00"))
                    .taxRate(new BigDecimal("19")).build());
            if (random.nextBoolean()) {
                lines.add(OrderLine.builder().sku("Anfahrt").description("Anfahrtspauschale")
                        .quantity(BigDecimal.ONE).unitPrice(new BigDecimal("35.00"))
                        .taxRate(new BigDecimal("19")).build());
            }
            list.add(Order.builder()
                    .reference("RE-2026-" + (1001 + i))
                    .type(OrderType.INVOICE)
                    .date(FIRST_DAY.plusDays(3 + i))
                    .customer(customer)
                    .currency("EUR")
                    .dueDays(14)
                    .lines(lines)
                    .build());
        }
        return list;
    }

    private List<Order> webshopOrders(List<Customer> valid, List<Product> articles) {
        List<Order> list = new ArrayList<>();
        for (int i = 0; i < WEBSHOP_ORDERS; i++) {
            Customer customer = i % 3 == 0 ? customer(NameBank.NL, null, false) : pick(valid);
            List<OrderLine> lines = new ArrayList<>(lines(articles, 1 + random.nextInt(3)));
            if (i == 7 || i == 19) {
                lines.add(OrderLine.builder().sku(UNKNOWN_SKU).description("Artikel uit oude webshopcatalogus")
                        .quantity(BigDecimal.ONE).unitPrice(new BigDecimal("12.50"))
                        .taxRate(new BigDecimal("21")).build());
            }
            lines.add(OrderLine.builder().sku("VERZENDKOSTEN").description("Verzendkosten")
                    .quantity(BigDecimal.ONE).unitPrice(new BigDecimal("6.95")).taxRate(new BigDecimal("21"))
                    .build());
            list.add(Order.builder()
                    .reference("WS-" + (100001 + i))
                    .type(OrderType.SALES_ORDER)
                    .date(FIRST_DAY.plusDays(20 + i))
                    .customer(customer.toBuilder().customerNumber(null).build())
                    .currency("EUR")
                    .lines(lines)
                    .build());
        }
        return list;
    }

    private List<Product> supplierProducts(List<Product> articles) {
        List<Product> list = new ArrayList<>();
        // price changes for existing articles
        for (int i = 0; i < 15; i++) {
            Product p = articles.get(i * 7);
            list.add(Product.builder().sku(p.sku()).name(p.name()).categoryCode(p.categoryCode())
                    .price(p.price().multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_UP), false)
                    .currency("EUR").ean(ean()).build());
        }
        for (int i = 0; i < 22; i++) {
            String code = i % 2 == 0 ? "SMART" : "VERL";
            String name = (i % 2 == 0 ? "Slimme stekker " : "LED-strip ") + (i + 1);
            list.add(Product.builder().sku("LEV-" + (5001 + i)).name(name).categoryCode(code)
                    .shortDescription("Leverancier: Lumen Groothandel B.V.")
                    .price(money(15 + random.nextDouble() * 60), false).currency("EUR").ean(ean()).build());
        }
        list.add(Product.builder().sku("LEV-5101").name("Bewegingsmelder").categoryCode("SMART")
                .price(new BigDecimal("24.95"), false).currency("EUR").ean("12345").build());
        list.add(Product.builder().sku("LEV-5102").name("Rookmelder met draadloze koppeling, 10 jaar batterij, wit")
                .categoryCode("SMART").price(new BigDecimal("34.00"), false).currency("EUR").build());
        list.add(Product.builder().sku("LEV-5103").name("Deurbel met camera").categoryCode("SMART")
                .price(new BigDecimal("89.00"), false).currency("EUR")
                .imageUrl("https://cdn.lumen.example/deurbel.jpg").build());
        return list;
    }

    private List<OrderLine> lines(List<Product> articles, int count) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Product p = articles.get(random.nextInt(ARTICLES));
            lines.add(OrderLine.builder().sku(p.sku()).description(p.name())
                    .quantity(BigDecimal.valueOf(1 + random.nextInt(10))).unitPrice(p.price())
                    .taxRate(new BigDecimal("21")).build());
        }
        return lines;
    }

    private String postcode(Country country, City city) {
        if ("NL".equals(country.code())) {
            return city.postcode() + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        }
        return city.postcode();
    }

    private String phone(Country country) {
        return country.phonePrefix() + (10 + random.nextInt(80)) + " " + digits(7);
    }

    private String ean() {
        String body = "87" + digits(10);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    private String uniqueEmail(String candidate) {
        String email = candidate;
        for (int n = 2; !emails.add(email); n++) {
            email = candidate.replace("@", "." + n + "@");
        }
        return email;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String lastNameOnly(String last) {
        int space = last.lastIndexOf(' ');
        return space < 0 ? last : Character.toUpperCase(last.charAt(space + 1)) + last.substring(space + 2);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static boolean isPlausible(String email) {
        return email != null && email.matches("[^@\\s()]+@[^@\\s()]+\\.[a-z]+");
    }
}
