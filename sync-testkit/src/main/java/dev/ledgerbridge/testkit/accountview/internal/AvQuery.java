package dev.ledgerbridge.testkit.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET accountviewdata}: numbered filters (Equal, NotEqual, Contains, DateOnOrAfterDate; AND, or OR with
 * MatchAnyFilter), Fields, SortFields/SortOrder, PageSize with PageNumber or lastKey. Parameter names are
 * case-insensitive.
 */
final class AvQuery {
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    private final AvSchema schema;

    AvQuery(AvSchema schema) {
        this.schema = schema;
    }

    ObjectNode read(AvCompanyState c, Map<String, String> params) {
        String code = params.get("businessobject");
        AvSchema.BusinessObject bo = schema.object(code);
        if (bo == null) {
            throw AvError.invalid(code == null ? "Parameter BusinessObject is missing"
                    : "Unknown business object '" + code + "'");
        }
        int pageSize = intParam(params, "pagesize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        int pageNumber = intParam(params, "pagenumber", 1, 1, Integer.MAX_VALUE);
        String lastKey = params.get("lastkey");
        Predicate<ObjectNode> filter = filter(bo, params);
        Comparator<ObjectNode> sort = sort(bo, params);
        Set<String> fields = fields(bo, params.get("fields"));

        List<ObjectNode> page = new ArrayList<>(Math.min(pageSize, 64));
        synchronized (c) {
            AvCompanyState.TableData data = c.table(bo.table().name);
            // rows are kept sorted by their paging key, so lastKey is a tail view and PageNumber a skip
            java.util.TreeMap<String, ObjectNode> index = bo.pagingKey().equals("REC_ID") ? data.byRecId : data.byKey;
            Collection<ObjectNode> ordered = lastKey != null && !lastKey.isEmpty()
                    ? index.tailMap(lastKey, false).values() : index.values();
            if (sort == null || lastKey != null) {
                long skip = lastKey != null ? 0 : (long) (pageNumber - 1) * pageSize;
                for (ObjectNode row : ordered) {
                    if (filter.test(row) && skip-- <= 0) {
                        page.add(row);
                        if (page.size() == pageSize) {
                            break;
                        }
                    }
                }
            } else {
                List<ObjectNode> all = new ArrayList<>();
                for (ObjectNode row : ordered) {
                    if (filter.test(row)) {
                        all.add(row);
                    }
                }
                all.sort(sort);
                long from = Math.min((long) (pageNumber - 1) * pageSize, all.size());
                page.addAll(all.subList((int) from, (int) Math.min(from + pageSize, all.size())));
            }
            ObjectNode response = Json.object();
            ArrayNode out = response.putArray(bo.table().name);
            for (ObjectNode row : page) {
                out.add(project(row, fields, bo.table().name));
            }
            if (bo.lines() != null) {
                ArrayNode lineOut = response.putArray(bo.lines().name);
                String link = bo.table().name + "_Id";
                Set<Long> ids = new LinkedHashSet<>();
                page.forEach(r -> ids.add(r.get(link).asLong()));
                for (ObjectNode line : c.table(bo.lines().name).byRecId.values()) {
                    if (ids.contains(line.get(link).asLong())) {
                        lineOut.add(project(line, fields, bo.lines().name));
                    }
                }
            }
            return response;
        }
    }

    private static int intParam(Map<String, String> params, String name, int def, int min, int max) {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return def;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw AvError.invalid("Parameter " + name + " must be between " + min + " and " + max + ", got " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw AvError.invalid("Parameter " + name + " is not a number: " + v);
        }
    }

    /** Resolves a possibly table-qualified field name to the key used in stored rows. */
    private static String resolve(AvSchema.BusinessObject bo, String raw) {
        String name = raw.trim().toUpperCase(Locale.ROOT);
        if (bo.table().fields.containsKey(name) || isMeta(name)) {
            return name;
        }
        int dot = name.indexOf('.');
        String bare = dot < 0 ? name : name.substring(dot + 1);
        String prefix = dot < 0 ? "" : name.substring(0, dot);
        AvSchema.Table owner = bo.lines() != null && prefix.equals(bo.lines().name) ? bo.lines() : bo.table();
        if (owner.fields.containsKey(bare) || isMeta(bare)) {
            return bare;
        }
        throw AvError.invalid("Field " + raw.trim() + " does not exist in business object " + bo.code());
    }

    private static boolean isMeta(String name) {
        return name.equals("EXT_KEY") || name.endsWith("_ID");
    }

    private static Set<String> fields(AvSchema.BusinessObject bo, String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equals("*")) {
            return null;
        }
        Set<String> set = new LinkedHashSet<>();
        for (String f : spec.split(",")) {
            if (!f.isBlank()) {
                set.add(resolve(bo, f));
            }
        }
        return set;
    }

    private static ObjectNode project(ObjectNode row, Set<String> fields, String table) {
        if (fields == null) {
            return row.deepCopy();
        }
        ObjectNode out = Json.object();
        row.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (fields.contains(k) || k.equals(table + "_Id") || k.endsWith("_Id") || k.equals("EXT_KEY")) {
                out.set(k, e.getValue());
            }
        });
        return out;
    }

    private static Comparator<ObjectNode> sort(AvSchema.BusinessObject bo, Map<String, String> params) {
        String spec = params.get("sortfields");
        if (spec == null || spec.isBlank()) {
            return null;
        }
        String order = params.getOrDefault("sortorder", "Ascending").trim().toLowerCase(Locale.ROOT);
        if (!order.equals("ascending") && !order.equals("descending")) {
            throw AvError.invalid("Parameter SortOrder must be Ascending or Descending, got " + params.get("sortorder"));
        }
        Comparator<ObjectNode> result = null;
        for (String f : spec.split(",")) {
            String key = resolve(bo, f);
            Comparator<ObjectNode> c = (a, b) -> compare(a.get(key), b.get(key));
            result = result == null ? c : result.thenComparing(c);
        }
        result = result.thenComparing(r -> r.get("REC_ID").asText());
        return order.equals("descending") ? result.reversed() : result;
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.asText().compareToIgnoreCase(b.asText());
    }

    private static Predicate<ObjectNode> filter(AvSchema.BusinessObject bo, Map<String, String> params) {
        List<Predicate<ObjectNode>> filters = new ArrayList<>();
        for (int n = 1; params.containsKey("filtercontrolsource" + n); n++) {
            filters.add(one(bo, params, n));
        }
        if (filters.isEmpty()) {
            return r -> true;
        }
        boolean any = "true".equalsIgnoreCase(params.getOrDefault("matchanyfilter", "false").trim());
        return row -> {
            for (Predicate<ObjectNode> f : filters) {
                if (f.test(row) == any) {
                    return any;
                }
            }
            return !any;
        };
    }

    private static Predicate<ObjectNode> one(AvSchema.BusinessObject bo, Map<String, String> params, int n) {
        String key = resolve(bo, params.get("filtercontrolsource" + n));
        String op = params.getOrDefault("filteroperator" + n, "Equal").trim().toLowerCase(Locale.ROOT);
        String type = params.getOrDefault("filtervaluetype" + n, "C").trim().toUpperCase(Locale.ROOT);
        String raw = params.getOrDefault("filtervalue" + n, "");
        boolean list = "true".equalsIgnoreCase(params.getOrDefault("filterislistofvalues" + n, "false").trim());
        List<String> values = list ? List.of(raw.split(",")) : List.of(raw);
        switch (op) {
            case "equal", "notequal": {
                List<Predicate<JsonNode>> eq = new ArrayList<>();
                for (String v : values) {
                    eq.add(equality(type, v, n));
                }
                boolean negate = op.equals("notequal");
                return row -> {
                    JsonNode value = row.get(key);
                    boolean hit = false;
                    for (Predicate<JsonNode> p : eq) {
                        hit |= value != null && p.test(value);
                    }
                    return hit != negate;
                };
            }
            case "contains": {
                String needle = raw.trim().toLowerCase(Locale.ROOT);
                return row -> row.get(key) != null && row.get(key).asText().toLowerCase(Locale.ROOT).contains(needle);
            }
            case "dateonorafterdate": {
                LocalDateTime bound = AvValues.dateTime(raw);
                if (bound == null) {
                    throw AvError.invalid("FilterValue" + n + " is not a date: " + raw);
                }
                return row -> {
                    JsonNode v = row.get(key);
                    LocalDateTime t = v == null || v.asText().isEmpty() ? null : AvValues.dateTime(v.asText());
                    return t != null && !t.isBefore(bound);
                };
            }
            default:
                throw AvError.invalid("Unknown filter operator '" + params.get("filteroperator" + n) + "'");
        }
    }

    private static Predicate<JsonNode> equality(String type, String raw, int n) {
        switch (type) {
            case "N", "I", "Y", "B": {
                BigDecimal d;
                try {
                    d = new BigDecimal(raw.trim());
                } catch (NumberFormatException e) {
                    throw AvError.invalid("FilterValue" + n + " is not a number: " + raw);
                }
                return v -> {
                    BigDecimal actual = AvValues.decimal(v);
                    return actual != null && actual.compareTo(d) == 0;
                };
            }
            case "D", "T": {
                LocalDateTime t = AvValues.dateTime(raw);
                if (t == null) {
                    throw AvError.invalid("FilterValue" + n + " is not a date: " + raw);
                }
                return v -> t.equals(AvValues.dateTime(v.asText()))
                        || type.equals("D") && AvValues.dateTime(v.asText()) != null
                        && AvValues.dateTime(v.asText()).toLocalDate().equals(t.toLocalDate());
            }
            case "L": {
                boolean b = "true".equalsIgnoreCase(raw.trim()) || raw.trim().equals("1");
                return v -> Boolean.valueOf(b).equals(AvValues.bool(v));
            }
            default: {
                String s = raw.trim();
                return v -> v.asText().trim().equalsIgnoreCase(s);
            }
        }
    }
}
