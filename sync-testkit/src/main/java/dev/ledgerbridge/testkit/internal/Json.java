package dev.ledgerbridge.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The emulators' single ObjectMapper and small conversions between JSON trees and plain maps. */
public final class Json {
    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private Json() {
    }

    /**
     * Creates an empty object node.
     *
     * @return a new node
     */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Parses JSON, returning null for text that is not JSON.
     *
     * @param text the text
     * @return the tree or null
     */
    public static JsonNode parseOrNull(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Parses JSON that is known to be valid (seed files, fixtures).
     *
     * @param text the text
     * @return the tree
     * @throws IllegalArgumentException if it is not JSON
     */
    public static JsonNode parse(String text) {
        JsonNode node = parseOrNull(text);
        if (node == null) {
            throw new IllegalArgumentException("not valid JSON: " + abbreviate(text));
        }
        return node;
    }

    /**
     * Serialises a tree.
     *
     * @param node the tree
     * @return compact JSON
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Converts a map of plain values to an object node.
     *
     * @param map the map
     * @return the node
     */
    public static ObjectNode fromMap(Map<String, ?> map) {
        return MAPPER.valueToTree(map);
    }

    /**
     * Converts an object node to a mutable map of plain values.
     *
     * @param node the node
     * @return the map
     */
    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, MAP);
    }

    /**
     * Converts object nodes to maps.
     *
     * @param nodes the nodes
     * @return a new list of maps
     */
    public static List<Map<String, Object>> toMaps(Iterable<? extends JsonNode> nodes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JsonNode n : nodes) {
            list.add(toMap(n));
        }
        return list;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
