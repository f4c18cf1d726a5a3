package se.finsam.handlingar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v3/api-docs} read with swagger-parser as a client generator would: valid, typed, every error documented as
 * problem+json, and real responses that match the schemas it documents.
 */
class OpenApiContractTest extends IntegrationTest {

    @Test
    void theDocumentIsAValidTypedContractWithEveryErrorDocumented() {
        String text = api.get("/v3/api-docs", null).text();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        OpenAPI openApi = result.getOpenAPI();

        assertThat(openApi.getInfo().getTitle()).isEqualTo("Handlingar API");
        assertThat(openApi.getInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(openApi.getComponents().getSecuritySchemes().get("basic").getScheme()).isEqualTo("basic");
        assertThat(text).doesNotContain("JsonNode").doesNotContain("nodeType").doesNotContain("valueNode");

        List<String> missing = new ArrayList<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, operation) -> {
            String name = verb + " " + path;
            if (operation.getResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                missing.add(name + ": no 4xx");
            }
            operation.getResponses().forEach((code, response) -> {
                if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                    missing.add(name + " " + code + ": answers */* instead of a real media type");
                }
                if (code.startsWith("4") || code.startsWith("5")) {
                    MediaType problem = response.getContent() == null ? null
                            : response.getContent().get("application/problem+json");
                    if (problem == null || problem.getSchema() == null
                            || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())) {
                        missing.add(name + " " + code + ": not problem+json with the Problem schema");
                    }
                }
            });
        }));
        assertThat(missing).isEmpty();

        assertThat(bodyRef(openApi, "/api/meetings", PathItem.HttpMethod.POST)).endsWith("/MeetingInput");
        assertThat(bodyRef(openApi, "/api/meetings/{id}", PathItem.HttpMethod.PUT)).endsWith("/MeetingInput");
        assertThat(bodyRef(openApi, "/api/meetings/{id}/protokoll", PathItem.HttpMethod.PUT)).endsWith("/ProtokollDraft");
        assertThat(bodyRef(openApi, "/api/budgets/{id}/versions", PathItem.HttpMethod.POST)).endsWith("/Budget");
        assertThat(bodyRef(openApi, "/api/annual-reports/{year}", PathItem.HttpMethod.PUT)).endsWith("/ArsredovisningData");
        assertThat(openApi.getComponents().getSchemas()).containsKeys("KallelseData", "ProtokollData",
                "VerksamhetsplanData", "ArsredovisningData", "Problem");
        assertThat(operation(openApi, "/api/distribution/uploads", PathItem.HttpMethod.POST).getRequestBody().getContent())
                .containsKey("application/pdf");
        assertThat(operation(openApi, "/api/documents", PathItem.HttpMethod.POST).getResponses()).containsKey("201");
        assertThat(operation(openApi, "/api/users/{username}", PathItem.HttpMethod.PUT).getResponses()).containsKeys("200", "201");
        assertThat(operation(openApi, "/api/organisation/persons/{id}/email", PathItem.HttpMethod.PUT).getResponses())
                .containsKey("204");
        assertThat(operation(openApi, "/api/budgets", PathItem.HttpMethod.GET).getResponses().get("200").getContent())
                .containsKey("application/json");
        assertThat(operation(openApi, "/api/previews", PathItem.HttpMethod.POST).getResponses().get("200").getContent())
                .containsKeys("application/pdf", "text/html");
        assertThat(operation(openApi, "/anslagstavla", PathItem.HttpMethod.GET).getSecurity()).isEmpty();
    }

    @Test
    void realResponsesMatchTheDocumentedSchemas() {
        JsonNode doc = api.get("/v3/api-docs", null).json();
        List<String> violations = new ArrayList<>();

        JsonNode annual = Api.fixtureJson("arsredovisning-2023.json").get("data");
        Api.Response saved = api.put("/api/annual-reports/2023", annual, "kansli");
        check(doc, violations, "/api/annual-reports/{year}", "put", saved);
        assertThat(saved.json().path("findings").findValuesAsString("pointer")).isNotEmpty()
                .allSatisfy(pointer -> assertThat(pointer).doesNotStartWith("/data/"));
        check(doc, violations, "/api/annual-reports/{year}", "get", api.get("/api/annual-reports/2023", "styrelse"));
        check(doc, violations, "/api/templates", "get", api.get("/api/templates", "styrelse"));
        check(doc, violations, "/api/organisation", "get", api.get("/api/organisation", "styrelse"));
        check(doc, violations, "/api/budgets", "get", api.get("/api/budgets", "styrelse"));
        check(doc, violations, "/api/documents", "post",
                api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "sekreterare"));
        check(doc, violations, "/api/documents/{id}", "get",
                api.get("/api/documents/00000000-0000-0000-0000-000000000000", "styrelse"));
        check(doc, violations, "/api/meetings", "post", api.post("/api/meetings", "{\"organ\":\"styrelsen\"}", "sekreterare"));
        Api.Response meeting = api.post("/api/meetings", """
                {"organ":"styrelsen","datum":"2031-03-22","tid":{"fran":"10:00","till":"12:00"},"plats":"Nolia",
                 "punkter":[{"rubrik":"Mötets öppnande"}]}""", "sekreterare");
        check(doc, violations, "/api/meetings", "post", meeting);
        check(doc, violations, "/api/meetings/{id}/protokoll", "get",
                api.get("/api/meetings/" + meeting.json().get("id").asString() + "/protokoll", "sekreterare"));
        check(doc, violations, "/api/users/{username}", "put",
                api.put("/api/users/kontrakt-" + System.nanoTime(), "{\"password\":\"ett-langt-losenord\",\"roles\":[\"STYRELSE\"]}", "admin"));
        assertThat(violations).isEmpty();
    }

    private static void check(JsonNode doc, List<String> violations, String path, String verb, Api.Response response) {
        String code = Integer.toString(response.status());
        JsonNode documented = doc.path("paths").path(path).path(verb).path("responses").path(code);
        String where = verb.toUpperCase() + " " + path + " " + code;
        if (documented.isMissingNode()) {
            violations.add(where + ": status not documented (" + response.text() + ")");
            return;
        }
        String type = response.contentType() == null ? "" : response.contentType().split(";")[0].strip();
        JsonNode schema = documented.path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            violations.add(where + ": media type " + type + " not documented");
            return;
        }
        ObjectNode root = Api.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", doc.get("components"));
        root.putArray("allOf").add(schema);
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root).validate(response.json());
        errors.forEach(e -> violations.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage()));
    }

    private static Operation operation(OpenAPI openApi, String path, PathItem.HttpMethod verb) {
        PathItem item = openApi.getPaths().get(path);
        assertThat(item).as(path).isNotNull();
        Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
        assertThat(operations).as(path).containsKey(verb);
        return operations.get(verb);
    }

    private static String bodyRef(OpenAPI openApi, String path, PathItem.HttpMethod verb) {
        return operation(openApi, path, verb).getRequestBody().getContent().get("application/json").getSchema().get$ref();
    }
}
