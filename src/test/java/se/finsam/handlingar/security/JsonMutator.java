package se.finsam.handlingar.security;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.finsam.handlingar.support.Api;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded mutations of a valid JSON body, as a careless client or a hostile one would send it: wrong types, huge and odd
 * strings, control characters, deep nesting, boundary numbers, missing and extra fields, another root, broken JSON.
 * The same seed gives the same bodies.
 */
final class JsonMutator {

    /** A body as sent, with what was done to it (for the failure message). */
    record Mutated(String json, List<String> steps) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Writes what the service must refuse, 5 000 levels deep included. */
    private static final JsonMapper WRITER = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build()).build();
    /** Raw tokens Jackson's writer would not produce (lone surrogates, numbers beyond double), put in after writing. */
    private static final String RAW = "\u0001raw:";

    private static final List<String> ODD_STRINGS = List.of("", " ", "\t\n", "a\u0000b", "a\u0007b", "a\u001bb",
            "a\u000bb", "a\fb", "a\u0085b", "a\u007fb", "a\ufffeb", "a\uffffb", "a\ufdd0b", "a\u2028b\u2029c",
            "\u202eevil\u202c", "e\u0301\u0301\u0301", "😀👨‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "null", "true", "NaN", "-0", "1e309",
            "0x1F", "2031-02-30", "0000-00-00", "2031-13-01", "9999-12-31", "99:99", "24:00", "2031-03-22T25:00",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", "../../../../etc/passwd", "tpl:/%2e%2e/%2e%2e/etc",
            "file:///etc/passwd", "http://169.254.169.254/", "${7*7}", "<#assign x=1>", "<#list 1..999999999 as i>",
            "<script>alert(1)</script>", "<p onclick=\"x()\">", "javascript:alert(1)", "' OR 1=1 --",
            "Robert'); DROP TABLE meeting;--", "%00", "%2e%2e%2f", "CON", "a".repeat(301), "ö".repeat(5000),
            "`Bilaga 1`", "**fet** _kursiv_ [länk](javascript:x)", "\\", "\"", "{}", "[]",
            RAW + "\"a\\ud800b\"", RAW + "\"\\udc00\"");

    private static final List<String> NUMBERS = List.of("0", "-1", "1", "0.5", "-0.0", "2147483647", "2147483648",
            "-2147483649", "9007199254740993", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
            "999999999999999", "-999999999999999", "1000000000000000", "1e15", "1.0E308", "4.9E-324", "1e-7",
            "12345678901234567890.123", "1e400", "-1e400", "1e-400", "0.1e2147483647");

    private final Random random;
    private final List<String> raw = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    JsonMutator(Random random) {
        this.random = random;
    }

    /** One to three mutations of {@code valid}, or (now and then) a body that is not the expected JSON at all. */
    Mutated mutate(JsonNode valid) {
        raw.clear();
        steps.clear();
        if (random.nextInt(12) == 0) {
            return root();
        }
        JsonNode body = valid.deepCopy();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            body = mutateOne(body);
        }
        return new Mutated(write(body), List.copyOf(steps));
    }

    private Mutated root() {
        String[] bodies = {"", "null", "[]", "\"text\"", "42", "true", "{", "{\"a\":", "{\"a\":1,}", "[1,2",
            "nicht json", "\ufeff{}", "{\"a\":1}{\"b\":2}", "{\"a\":1,\"a\":2}", "{'a':1}", "{\"a\":NaN}",
            "[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)};
        String body = bodies[random.nextInt(bodies.length)];
        return new Mutated(body, List.of("root: " + abbreviate(body)));
    }

    private JsonNode mutateOne(JsonNode body) {
        List<Place> places = new ArrayList<>();
        collect(body, null, null, -1, "", places);
        Place place = places.get(random.nextInt(places.size()));
        int kind = random.nextInt(10);
        JsonNode replacement = switch (kind) {
            case 0 -> wrongType(place.node());
            case 1 -> hugeString();
            case 2, 3 -> NODES.stringNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
            case 4, 5 -> number();
            case 6 -> deep();
            default -> null;
        };
        if (kind == 7 && place.parent() != null) {
            remove(place);
            steps.add("removed " + place.pointer());
            return body;
        }
        if (kind == 8) {
            if (place.node() instanceof ObjectNode object) {
                object.set("fuzzExtra" + random.nextInt(100), pick(body));
                steps.add("extra field in " + pointerOrRoot(place));
                return body;
            }
            if (place.node() instanceof ArrayNode array && !array.isEmpty()) {
                JsonNode item = array.get(random.nextInt(array.size()));
                int copies = 1 + random.nextInt(random.nextBoolean() ? 5 : 300);
                for (int i = 0; i < copies; i++) {
                    array.add(item.deepCopy());
                }
                steps.add(copies + " copies of an item in " + pointerOrRoot(place));
                return body;
            }
        }
        if (kind == 9 && place.node().isContainer()) {
            replacement = place.node().isArray() ? NODES.arrayNode() : NODES.objectNode();
        }
        if (replacement == null) {
            replacement = wrongType(place.node());
        }
        steps.add(describe(replacement) + " at " + pointerOrRoot(place));
        if (place.parent() == null) {
            return replacement;
        }
        replace(place, replacement);
        return body;
    }

    private record Place(JsonNode node, JsonNode parent, String name, int index, String pointer) {
    }

    private static void collect(JsonNode node, JsonNode parent, String name, int index, String pointer,
            List<Place> places) {
        places.add(new Place(node, parent, name, index, pointer));
        if (node instanceof ObjectNode object) {
            for (String child : List.copyOf(object.propertyNames())) {
                collect(object.get(child), object, child, -1, pointer + "/" + child, places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), array, null, i, pointer + "/" + i, places);
            }
        }
    }

    private static void remove(Place place) {
        if (place.parent() instanceof ObjectNode object) {
            object.remove(place.name());
        } else if (place.parent() instanceof ArrayNode array) {
            array.remove(place.index());
        }
    }

    private static void replace(Place place, JsonNode value) {
        if (place.parent() instanceof ObjectNode object) {
            object.set(place.name(), value);
        } else if (place.parent() instanceof ArrayNode array) {
            array.set(place.index(), value);
        }
    }

    private JsonNode wrongType(JsonNode node) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.stringNode("text"), NODES.numberNode(7),
                NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode().add(1).add("a"),
                NODES.objectNode().put("a", 1)));
        others.removeIf(o -> o.getNodeType() == node.getNodeType());
        return others.get(random.nextInt(others.size()));
    }

    private JsonNode hugeString() {
        int[] lengths = {10_000, 300_000, 300_000, 1_000_000};
        String[] units = {"x", "å", "ord ", "<b>", "\n", "`"};
        int length = lengths[random.nextInt(lengths.length)];
        String unit = units[random.nextInt(units.length)];
        return NODES.stringNode(unit.repeat(Math.max(1, length / unit.length())));
    }

    private JsonNode number() {
        String text = NUMBERS.get(random.nextInt(NUMBERS.size()));
        if (text.contains("e4") || text.contains("2147483647") && text.contains("e")) {
            return NODES.stringNode(RAW + text);   // beyond a double: only the raw token says it
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() <= 0 && !text.contains("e") && !text.contains("E")) {
            return NODES.numberNode(new BigInteger(text));
        }
        return NODES.numberNode(value);
    }

    /** Written as a raw token: a tree this deep would overflow the test's own stack when walked or written. */
    private JsonNode deep() {
        int[] depths = {20, 300, 1200, 5000};
        int depth = depths[random.nextInt(depths.length)];
        String open = random.nextBoolean() ? "[" : "{\"n\":";
        String close = open.equals("[") ? "]" : "}";
        return NODES.stringNode(RAW + open.repeat(depth) + "\"botten\"" + close.repeat(depth));
    }

    private JsonNode pick(JsonNode body) {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.stringNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
            case 1 -> number();
            case 2 -> body.deepCopy();
            default -> NODES.nullNode();
        };
    }

    private String write(JsonNode body) {
        String json = WRITER.writeValueAsString(body);
        // raw tokens were written as strings "\u0001raw:TOKEN": put the token itself in their place
        String marker = Api.JSON.writeValueAsString(RAW).replace("\"", "");
        int at;
        while ((at = json.indexOf("\"" + marker)) >= 0) {
            int end = json.indexOf('"', at + 1 + marker.length());
            while (json.charAt(end - 1) == '\\') {
                end = json.indexOf('"', end + 1);
            }
            String token = json.substring(at + 1 + marker.length(), end).replace("\\\"", "\"")
                    .replace("\\\\", "\\");
            json = json.substring(0, at) + token + json.substring(end + 1);
        }
        return json;
    }

    private static String describe(JsonNode value) {
        if (value.isString()) {
            String text = value.asString();
            if (text.startsWith(RAW)) {
                String token = text.substring(RAW.length());
                return "raw " + (token.length() > 60 ? token.substring(0, 20) + "… (" + token.length() + " chars)" : token);
            }
            return text.length() > 60 ? "string of " + text.length() + " chars" : "string " + printable(text);
        }
        String json = WRITER.writeValueAsString(value);
        return json.length() > 60 ? value.getNodeType() + " of " + json.length() + " chars" : value.getNodeType() + " " + json;
    }

    private static String pointerOrRoot(Place place) {
        return place.pointer().isEmpty() ? "the root" : place.pointer();
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(80).forEach(cp -> {
            if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp >= 0xD800 && cp <= 0xDFFF || cp == 0xFFFE || cp == 0xFFFF) {
                out.append("\\u%04x".formatted(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(text.length() > 80 ? "…\"" : "\"").toString();
    }

    static String abbreviate(String text) {
        return text.length() > 200 ? printable(text.substring(0, 200)) + " (" + text.length() + " chars)" : printable(text);
    }
}
