package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchItemError;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchItemResult;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.Violation;
import dev.ledgerbridge.transport.internal.BeanValidation;
import dev.ledgerbridge.transport.internal.Numbers;
import dev.ledgerbridge.transport.internal.Texts;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Validation of plain arguments and batch lists, and reading of identifiers from create responses. */
public final class Checks {
    private Checks() {
    }

    /** Collects violations and throws them all at once. */
    public static final class Collector {
        private final Endpoint ep;
        private final List<Violation> violations = new ArrayList<>();

        public Collector(Endpoint ep) {
            this.ep = ep;
        }

        /** Adds a violation. */
        public Collector add(String field, Object value, String rule) {
            violations.add(new Violation(field, Numbers.describe(value), rule));
            return this;
        }

        /** Adds the Bean Validation violations of an object, with a path prefix such as {@code debtors[3].}. */
        public Collector bean(String prefix, Object value) {
            if (value == null) {
                violations.add(new Violation(prefix.isEmpty() ? "request" : prefix.replaceAll("\\.$", ""), "null",
                        "must not be null"));
                return this;
            }
            for (Violation v : BeanValidation.violations(value)) {
                violations.add(new Violation(prefix + v.field(), v.value(), v.rule()));
            }
            return this;
        }

        /** Requires a non-blank string. */
        public Collector notBlank(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, value, "must not be blank");
            }
            return this;
        }

        /** Requires a positive number. */
        public Collector positive(String field, long value) {
            if (value <= 0) {
                add(field, value, "must be greater than 0");
            }
            return this;
        }

        /** Requires a list with between 1 and {@code max} items (max 0: no upper bound). */
        public Collector items(String field, List<?> list, int max) {
            if (list == null || list.isEmpty()) {
                add(field, list == null ? null : "[]", "must contain at least one item");
            } else if (max > 0 && list.size() > max) {
                add(field, list.size() + " items", "must contain at most " + max + " items");
            }
            return this;
        }

        /** Throws when anything was collected. */
        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new RequestValidationException(ep.displayName(), violations);
            }
        }
    }

    /** A new collector for the endpoint. */
    public static Collector on(Endpoint ep) {
        return new Collector(ep);
    }

    /** A top-level identifier such as {@code id_by_customer}, sent as string or number. */
    public static long longField(JsonNode root, String field, Endpoint ep) {
        JsonNode n = root.path(field);
        if (n.isNumber()) {
            return n.asLong();
        }
        if (n.isTextual()) {
            try {
                return Long.parseLong(n.asText().trim());
            } catch (NumberFormatException e) {
                throw missing(field, ep, "'" + Texts.abbreviate(n.asText()) + "' is not a number");
            }
        }
        throw missing(field, ep, "it is missing");
    }

    private static ResponseParseException missing(String field, Endpoint ep, String why) {
        return new ResponseParseException("Response of " + ep.displayName() + " lacks a usable " + field + ": " + why,
                ep.displayName(), 200, null, null);
    }

    /** Validates every item of a batch list. */
    public static <T> void validateItems(Collector c, String field, List<T> items, int max) {
        c.items(field, items, max);
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                c.bean(field + "[" + i + "].", items.get(i));
            }
        }
    }

    /** Validates a batch list (1 to {@code max} items, 0: no upper bound; each item's constraints) and throws. */
    public static <T> void requireValidItems(Endpoint ep, String field, List<T> items, int max) {
        Collector c = on(ep);
        validateItems(c, field, items, max);
        c.throwIfAny();
    }

    /** An array node of the items converted by {@code toJson}. */
    public static <T> ArrayNode array(List<T> items, Function<T, JsonNode> toJson) {
        ArrayNode a = ApiCaller.mapper().createArrayNode();
        items.forEach(i -> a.add(toJson.apply(i)));
        return a;
    }

    /**
     * Reads a batch response: the per-item results are the array under {@code collection} (or, if
     * the server names it differently, the first other array), failures are under {@code errors}.
     */
    public static BatchResult batch(JsonNode root, String collection, Endpoint ep) {
        JsonNode created = root.path(collection);
        if (!created.isArray()) {
            Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isArray() && !e.getKey().equals("errors")) {
                    created = e.getValue();
                    break;
                }
            }
        }
        return new BatchResult(ApiCaller.list(created, BatchItemResult.class, ep),
                ApiCaller.list(root.path("errors"), BatchItemError.class, ep));
    }
}
