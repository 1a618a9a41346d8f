package dev.ledgerbridge.sync.spi;

/**
 * The engine's view of one system (BuchhaltungsButler, AccountView, a webshop, a CSV feed). A connector
 * translates between the system and the canonical model and declares honestly what the system's API can do;
 * the engine never asks for more than declared.
 *
 * <p>Implement {@link #name()}, {@link #capabilities()} (what the system can do) and {@link #entities()} (the
 * reader, lookup or writer doing it). A read-only source of orders:
 * <pre>{@code
 * record Webshop(List<Order> orders) implements Connector {
 *     public String name() { return "Webshop"; }
 *
 *     public Capabilities capabilities() {
 *         return Capabilities.builder().entity(EntityType.ORDER, Capability.READ, Capability.ORDER_LINES).build();
 *     }
 *
 *     public Entities entities() {
 *         return Entities.builder().reader(EntityType.ORDER, cursor -> ReadResult.of(
 *                 orders.stream().map(o -> new Identified<>(o.reference(), o)).toList())).build();
 *     }
 * }
 * }</pre>
 */
public interface Connector {
    /** The system's name as used in messages, e.g. {@code BuchhaltungsButler}. */
    String name();

    /** What this connector can do. Must not change while a sync runs. */
    Capabilities capabilities();

    /**
     * The namespace of this system's documents in other systems: an order copied from here is written elsewhere
     * with the reference {@code referencePrefix() + its reference here} (e.g. AccountView order 1042 becomes
     * BuchhaltungsButler invoice {@code AV-1042}), so that references from different systems cannot collide and
     * the reverse flow, reading that system, can tell from the data itself that a document is a copy of one of
     * this system's own (an echo), even when the sync state is empty or lost. Must not change once documents were
     * written. The default is the upper-case letters and digits of {@link #name()} (at most 8) and a hyphen.
     */
    default String referencePrefix() {
        String letters = name().replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
        return (letters.length() > 8 ? letters.substring(0, 8) : letters) + "-";
    }

    /**
     * The readers, lookups and writers of the declared entity types, typed per {@link EntityType}. Every declared
     * capability needs its implementation; the engine reports one that is missing before it runs a flow. Should
     * return the same registrations on every call (build them once).
     */
    Entities entities();
}
