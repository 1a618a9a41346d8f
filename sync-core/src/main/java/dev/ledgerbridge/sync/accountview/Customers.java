package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.model.DeliveryAddress;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Customers as debtors ({@code AR1}/{@code CONTACT}) with their delivery address ({@code ADDR}/{@code DEL_ADDR}).
 * A company is {@code ACCT_NAME} = company with {@code MAIN_CONT} = contact person; a person is {@code ACCT_NAME} =
 * the person's name without {@code MAIN_CONT}.
 */
final class Customers implements EntityReader<Customer>, EntityLookup<Customer>, EntityWriter<Customer> {
    private final CompanyClient client;
    private final Changes changes;
    private final Function<Customer, String> searchCode;
    private final Function<Customer, String> debtorNumber;
    private final String collectiveAccount;

    Customers(CompanyClient client, Changes changes, Function<Customer, String> searchCode,
              Function<Customer, String> debtorNumber, String collectiveAccount) {
        this.client = client;
        this.changes = changes;
        this.searchCode = searchCode;
        this.debtorNumber = debtorNumber;
        this.collectiveAccount = collectiveAccount;
    }

    @Override
    public ReadResult<Customer> read(String changeCursor) {
        LocalDateTime since = Changes.since(changeCursor);
        String next = changes.watermark();
        Iterable<Debtor> debtors = since == null ? client.debtors().all() : client.debtors().changedSince(since);
        Map<String, Address> delivery = new HashMap<>();
        boolean[] loaded = {false};
        Iterable<Identified<Customer>> records = Lazy.map(debtors, d -> {
            if (!loaded[0]) { // one sweep of ADDR per read, only when there is a debtor to read
                client.deliveryAddresses().all().forEach(a -> delivery.putIfAbsent(a.debtorNumber(), address(a)));
                loaded[0] = true;
            }
            return new Identified<>(d.number(), toCustomer(d, delivery.get(d.number())));
        });
        return ReadResult.of(records, () -> Optional.of(next));
    }

    /**
     * Parked customers read again by number: the debtors in batched {@code SUB_NR} queries (see
     * {@link DebtorsByNumber}), each with its delivery address; numbers AccountView no longer has are left out.
     */
    @Override
    public Iterable<Identified<Customer>> readIds(Set<String> sourceIds) {
        DebtorsByNumber byNumber = new DebtorsByNumber(client.debtors(), new java.util.concurrent.atomic.AtomicInteger(
                DebtorsByNumber.CHUNK));
        byNumber.prefetch(sourceIds);
        List<Identified<Customer>> found = new ArrayList<>();
        for (String id : sourceIds) {
            Debtor d = byNumber.get(id);
            if (d != null) {
                Address delivery = client.deliveryAddresses().ofDebtor(d.number()).stream().findFirst()
                        .map(Customers::address).orElse(null);
                found.add(new Identified<>(d.number(), toCustomer(d, delivery)));
            }
        }
        return found;
    }

    @Override
    public List<Identified<Customer>> find(MatchKey key) {
        if (!MatchKey.EMAIL.equals(key.name())) {
            throw new IllegalArgumentException("AccountView customers are searched by email (MAIL_BUS), not by "
                    + key.name());
        }
        List<Identified<Customer>> found = new ArrayList<>();
        for (Debtor d : client.debtors().byEmail(key.value())) {
            Address delivery = client.deliveryAddresses().ofDebtor(d.number()).stream().findFirst()
                    .map(Customers::address).orElse(null);
            found.add(new Identified<>(d.number(), toCustomer(d, delivery)));
        }
        return found;
    }

    @Override
    public String create(Customer c) {
        Debtor.Builder b = Debtor.builder().searchCode(searchCode.apply(c));
        if (collectiveAccount != null) {
            b.collectiveAccount(collectiveAccount);
        }
        String wanted = debtorNumber == null ? null : debtorNumber.apply(c);
        if (wanted != null) {
            b.number(wanted);
        }
        writeFields(b, c, Set.copyOf(FIELDS));
        Debtor echoed = client.debtors().insert(b.build());
        String number = echoed.number() != null ? echoed.number() : wanted != null ? wanted : numberByEmail(c);
        Address delivery = separateDelivery(c);
        if (delivery != null) {
            client.deliveryAddresses().insert(toDeliveryAddress(number, c, delivery).build());
        }
        return number;
    }

    /** Some administrations echo no {@code SUB_NR}; the spec's integrations then re-read by {@code MAIL_BUS}. */
    private String numberByEmail(Customer c) {
        List<Debtor> byEmail = c.email() == null ? List.of() : client.debtors().byEmail(c.email());
        if (byEmail.size() != 1) {
            throw new IllegalStateException("AccountView created the debtor but returned no SUB_NR and "
                    + byEmail.size() + " debtors carry its e-mail; configure debtor numbering "
                    + "(AccountViewConnector.Builder#debtorNumbers)");
        }
        return byEmail.get(0).number();
    }

    @Override
    public void update(Update<Customer> update) {
        updateIfChanged(update);
    }

    /** Writes only the changed fields; no call at all when AccountView holds every desired value already. */
    @Override
    public boolean updateIfChanged(Update<Customer> update) {
        Customer want = update.value();
        Set<String> changed = changedFields(want, update.current().orElse(null), update.keepFields());
        Set<String> headerFields = new java.util.HashSet<>(changed);
        headerFields.remove("deliveryAddress");
        boolean written = false;
        if (!headerFields.isEmpty()) {
            Debtor.Builder b = Debtor.builder().number(update.targetId());
            writeFields(b, want, headerFields);
            client.debtors().update(b.build());
            written = true;
        }
        Address delivery = separateDelivery(want);
        if (changed.contains("deliveryAddress") && delivery != null) {
            Optional<DeliveryAddress> existing = client.deliveryAddresses().ofDebtor(update.targetId()).stream()
                    .findFirst();
            DeliveryAddress.Builder a = toDeliveryAddress(update.targetId(), want, delivery);
            if (existing.isPresent()) {
                client.deliveryAddresses().update(a.id(existing.get().id()).build());
            } else {
                client.deliveryAddresses().insert(a.build());
            }
            written = true;
        }
        return written;
    }

    /** Canonical fields this connector writes: all of them. */
    static final List<String> FIELDS = List.of("companyName", "contactPerson", "email", "phone", "vatId",
            "customerNumber", "billingAddress", "deliveryAddress");

    /**
     * The fields whose desired value, as AccountView would store it, differs from the current one (all set ones
     * without a current), minus kept ones. A field the source leaves empty never clears a value in AccountView;
     * company name and contact person count as set together (they share {@code ACCT_NAME}/{@code MAIN_CONT}).
     */
    static Set<String> changedFields(Customer want, Customer current, Set<String> keep) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Customer stored = asStored(want);
        for (String f : FIELDS) {
            boolean named = f.equals("companyName") || f.equals("contactPerson");
            Object desired = named ? want.displayName() : value(want, f);
            if (keep.contains(f) || desired == null) {
                continue;
            }
            if (current == null || !Objects.equals(value(stored, f), value(current, f))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The customer as AccountView reads it back after storing it: a company without contact person becomes a
     * person, e-mail and VAT id are normalized, a delivery address equal to the billing one is not kept, and the
     * delivery address's street and number pass through one address line.
     */
    static Customer asStored(Customer c) {
        Debtor.Builder b = Debtor.builder();
        writeFields(b, c, Set.copyOf(FIELDS));
        Address delivery = separateDelivery(c);
        return toCustomer(b.build(), delivery == null ? null : address(toDeliveryAddress("-", c, delivery).build()));
    }

    private static Object value(Customer c, String field) {
        return switch (field) {
            case "companyName" -> c.companyName();
            case "contactPerson" -> c.contactPerson();
            case "email" -> c.email();
            case "phone" -> c.phone();
            case "vatId" -> c.vatId();
            case "customerNumber" -> c.customerNumber();
            case "billingAddress" -> c.billingAddress();
            case "deliveryAddress" -> c.deliveryAddress();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Sets the AccountView fields of the given canonical fields. */
    private static void writeFields(Debtor.Builder b, Customer c, Set<String> fields) {
        if (fields.contains("companyName") || fields.contains("contactPerson")) {
            b.name(c.displayName());
            b.contactName(c.isCompany() ? Objects.requireNonNullElse(c.contactPerson(), "") : "");
        }
        if (fields.contains("email")) {
            b.email(c.email());
        }
        if (fields.contains("phone")) {
            b.phone(c.phone());
        }
        if (fields.contains("vatId")) {
            b.vatNumber(c.vatId());
        }
        if (fields.contains("customerNumber")) {
            b.externalNumber(c.customerNumber());
        }
        Address a = c.billingAddress();
        if (fields.contains("billingAddress") && a != null) {
            b.address(Addresses.line(a)).street(a.street()).houseNumber(a.houseNumber()).postalCode(a.postcode())
                    .city(a.city()).countryCode(a.country());
        }
    }

    /** The delivery address when it is set and differs from the billing address. */
    private static Address separateDelivery(Customer c) {
        Address d = c.deliveryAddress();
        return Addresses.isEmpty(d) || d.equals(c.billingAddress()) ? null : d;
    }

    private static DeliveryAddress.Builder toDeliveryAddress(String debtor, Customer c, Address a) {
        return DeliveryAddress.builder().debtorNumber(debtor).name(c.displayName()).address(Addresses.line(a))
                .postalCode(a.postcode()).city(a.city()).countryCode(a.country());
    }

    static Address address(DeliveryAddress a) {
        String[] parts = Addresses.split(a.address());
        return Addresses.of(parts[0], parts[1], a.postalCode(), a.city(), a.countryCode());
    }

    /** A debtor in the canonical model, normalized as the default customer mapper does. */
    static Customer toCustomer(Debtor d, Address delivery) {
        String contact = Addresses.blankToNull(d.contactName());
        String name = Addresses.blankToNull(d.name());
        String street = Addresses.blankToNull(d.street());
        String number = Addresses.blankToNull(d.houseNumber());
        if (street == null) {
            String[] parts = Addresses.split(d.address());
            street = parts[0];
            number = number == null ? parts[1] : number;
        }
        String email = Addresses.blankToNull(d.email());
        String vat = Addresses.blankToNull(d.vatNumber());
        return Customer.builder()
                .customerNumber(Addresses.blankToNull(d.externalNumber()))
                .companyName(contact == null ? null : name)
                .contactPerson(contact == null ? name : contact)
                .email(email == null ? null : email.toLowerCase(Locale.ROOT))
                .phone(Addresses.blankToNull(d.phone()))
                .vatId(vat == null ? null : vat.replace(" ", "").toUpperCase(Locale.ROOT))
                .billingAddress(Addresses.of(street, number, d.postalCode(), d.city(), d.countryCode()))
                .deliveryAddress(delivery)
                .build();
    }

    /** Default {@code SRC_CODE}: the first 10 letters and digits of the name, upper case ({@code -} without any). */
    static String defaultSearchCode(Customer c) {
        String name = c.displayName() == null ? "" : c.displayName();
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return code.isEmpty() ? "-" : code.substring(0, Math.min(10, code.length()));
    }
}
