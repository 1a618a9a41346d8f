package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.transport.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JSON the models do not type (extension fields, echoed request data, reports) into plain Java values:
 * String, Boolean, BigDecimal for every number, unmodifiable List and Map, null. An empty string becomes null, as
 * in the typed fields: BuchhaltungsButler sends {@code ""} for "not set". A number with more than
 * {@link Numbers#RESPONSE_MAX_DIGITS} digits on either side of the point is refused, the same bound the typed
 * decimal fields have.
 */
public final class PlainValues {
    private PlainValues() {
    }

    /**
     * The plain value of a JSON node.
     *
     * @param node a node, or null
     * @return the value, null for JSON null, a missing node or an empty string
     * @throws IllegalArgumentException for a number beyond the bound
     */
    public static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue().isEmpty() ? null : node.textValue();
        }
        if (node.isNumber()) {
            return number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(e -> list.add(of(e)));
            return Collections.unmodifiableList(list);
        }
        if (node.isObject()) {
            return map(node);
        }
        return node.asText(); // binary or POJO nodes do not come from parsed JSON
    }

    /**
     * The fields of a JSON object as plain values, in wire order.
     *
     * @param object an object node
     * @return an unmodifiable map; empty when the node is not an object
     */
    public static Map<String, Object> map(JsonNode object) {
        if (object == null || !object.isObject()) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        object.properties().forEach(e -> map.put(e.getKey(), of(e.getValue())));
        return Collections.unmodifiableMap(map);
    }

    private static BigDecimal number(BigDecimal d) {
        if (!Numbers.plausible(d)) {
            throw new IllegalArgumentException("number " + Numbers.describe(d) + " has more than "
                    + Numbers.RESPONSE_MAX_DIGITS + " digits before or after the point");
        }
        return d;
    }
}
