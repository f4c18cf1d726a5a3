package se.finsam.handlingar.security;

import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible example body for an OpenAPI schema, so an operation nobody wrote a seed for is still fuzzed from
 * something close to valid: every property, the first enum value, the documented example, a value of the right
 * format.
 */
final class SchemaExamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private final JsonNode schemas;

    SchemaExamples(JsonNode openApi) {
        this.schemas = openApi.path("components").path("schemas");
    }

    JsonNode example(JsonNode schema) {
        return example(schema, 0);
    }

    private JsonNode example(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > MAX_DEPTH) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return example(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0).deepCopy();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).deepCopy();
        }
        for (String combinator : new String[] {"oneOf", "anyOf"}) {
            if (schema.path(combinator).isArray() && !schema.get(combinator).isEmpty()) {
                return example(schema.get(combinator).get(0), depth + 1);
            }
        }
        if (schema.path("allOf").isArray()) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                if (example(part, depth + 1) instanceof ObjectNode object) {
                    merged.setAll(object);
                }
            }
            return merged;
        }
        String type = schema.path("type").isArray() ? schema.get("type").get(0).asString() : schema.path("type").asString("");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(schema.path("items"), depth + 1));
                yield array;
            }
            case "string" -> NODES.stringNode(switch (format) {
                case "date" -> "2031-03-22";
                case "date-time" -> "2031-03-22T10:00:00Z";
                case "uuid" -> "00000000-0000-0000-0000-000000000000";
                case "email" -> "pia@example.se";
                case "byte" -> "aGVq";
                default -> schema.has("pattern") ? "1" : "Text";
            });
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1.5));
            case "boolean" -> NODES.booleanNode(true);
            default -> {
                ObjectNode object = NODES.objectNode();
                JsonNode properties = schema.path("properties");
                for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), example(property.getValue(), depth + 1));
                }
                yield object;
            }
        };
    }
}
