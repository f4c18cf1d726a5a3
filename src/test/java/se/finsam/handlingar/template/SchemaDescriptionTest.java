package se.finsam.handlingar.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data contract is documented: every property in every bundled {@code schema.json} (and in the shared vocabulary)
 * has a Swedish {@code description}. A template still listed in {@link #PENDING} fails as soon as it is complete, so
 * the list only shrinks.
 */
class SchemaDescriptionTest {

    /** Templates whose descriptions are still being written (see README, "Not built yet"). */
    static final Set<String> PENDING = Set.of();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Path> schemas() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("templates"), 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith("schema.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyPropertyHasASwedishDescription(Path schema) throws IOException {
        List<String> undocumented = new ArrayList<>();
        walk(JSON.readTree(schema.toFile()), "", Set.of(), undocumented);
        String template = schema.getParent().getFileName().toString();
        if (PENDING.contains(template)) {
            assertThat(undocumented).as("%s is complete: remove it from PENDING", schema).isNotEmpty();
            return;
        }
        assertThat(undocumented).as("properties of %s without a description", schema).isEmpty();
    }

    /**
     * Collects the properties without a description. {@code declared}: properties the enclosing object already
     * documents; a combinator ({@code anyOf}, {@code if} …) that only adds a rule to one of them needs no second text.
     */
    static void walk(JsonNode node, String path, Set<String> declared, List<String> out) {
        if (node == null || !node.isObject()) {
            return;
        }
        Set<String> here = new java.util.HashSet<>(declared);
        node.path("properties").properties().forEach(p -> here.add(p.getKey()));
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            String at = path + "/properties/" + property.getKey();
            if (property.getValue().isObject() && property.getValue().path("description").asString("").isBlank()
                    && !declared.contains(property.getKey())) {
                out.add(at);
            }
            walk(property.getValue(), at, Set.of(), out);
        }
        for (String key : List.of("$defs", "patternProperties")) {
            for (Map.Entry<String, JsonNode> def : node.path(key).properties()) {
                walk(def.getValue(), path + "/" + key + "/" + def.getKey(), Set.of(), out);
            }
        }
        for (String key : List.of("items", "additionalProperties", "contains")) {
            walk(node.get(key), path + "/" + key, Set.of(), out);
        }
        for (String key : List.of("not", "if", "then", "else")) {
            walk(node.get(key), path + "/" + key, here, out);
        }
        for (String key : List.of("oneOf", "anyOf", "allOf", "prefixItems")) {
            JsonNode list = node.path(key);
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "/" + key + "/" + i, key.equals("prefixItems") ? Set.of() : here, out);
            }
        }
    }
}
