package se.finsam.handlingar.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v3/api-docs} as a contract: title and version from the build, HTTP Basic, every error as
 * {@code application/problem+json} with the {@link #PROBLEM} schema, and the bundled templates' {@code schema.json}s
 * published as components ({@code KallelseData}, {@code ArsredovisningData}, …) so the JSON-Schema-defined bodies are
 * typed. Controllers name those components in their request and response annotations.
 */
@Configuration
class OpenApiContract {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/schemas/";
    private static final java.util.regex.Pattern SHARED_REF =
            java.util.regex.Pattern.compile("(?:\\.\\./)?shared/([\\w-]+\\.schema\\.json)#/\\$defs/([\\w-]+)");
    private static final List<String> DOCUMENT_TYPES = List.of("application/pdf", "text/html",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static {
        // a free JSON value is an object to clients, not Jackson's node class with valueNode, nodeType, …
        Schema<?> json = new Schema<>().type("object").description("JSON-objekt").additionalProperties(true);
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, json)
                .replaceWithSchema(ObjectNode.class, json);
    }

    @Bean
    OpenAPI handlingarOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null ? properties.getVersion()
                : String.valueOf(OpenApiContract.class.getPackage().getImplementationVersion());
        return new OpenAPI()
                .info(new Info().title(properties != null && properties.getName() != null ? properties.getName() + " API"
                        : "Handlingar API").version(version)
                        .description("Versionerade mallar och lagrade uppgifter blir färdiga, signerbara handlingar. "
                                + "Alla fel är application/problem+json; fält pekas ut med JSON-pekare under errors."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Användarnamn och lösenord; roller ADMIN, KANSLI, SEKRETERARE, STYRELSE")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Errors each operation can give, from what it takes and who may call it. */
    @Bean
    GlobalOperationCustomizer problemResponses() {
        return (operation, handler) -> {
            Method method = handler.getMethod();
            String path = path(handler);
            boolean body = false;
            boolean pathVariables = false;
            boolean parameters = false;
            for (var parameter : handler.getMethodParameters()) {
                body |= parameter.hasParameterAnnotation(RequestBody.class)
                        || jakarta.servlet.http.HttpServletRequest.class.isAssignableFrom(parameter.getParameterType());
                pathVariables |= parameter.hasParameterAnnotation(PathVariable.class);
                parameters |= parameter.hasParameterAnnotation(RequestParam.class);
            }
            RequestMethod verb = verb(method);
            boolean api = path.startsWith("/api/");
            ApiResponses responses = operation.getResponses();
            if (body || parameters || pathVariables) {
                problem(responses, "400", "Felaktig begäran: ogiltig JSON eller fel typ på en parameter");
            }
            if (api) {
                problem(responses, "401", "Inloggning krävs (HTTP Basic)");
            }
            if (AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
                problem(responses, "403", "Rollen saknar behörighet");
            }
            if (pathVariables) {
                problem(responses, "404", "Finns inte");
            }
            if (pathVariables && verb != RequestMethod.GET) {
                problem(responses, "409", "Krockar med lagrat tillstånd (t.ex. justerat protokoll, publicerad version)");
            }
            if (body) {
                problem(responses, "413", "Innehållet är större än gränsen");
                problem(responses, "415", "Fel Content-Type");
            }
            if (body || parameters) {
                problem(responses, "422", "Ogiltiga uppgifter; errors[] pekar ut fälten med JSON-pekare");
            }
            if (renders(path, method)) {
                problem(responses, "503", "Alla renderingsplatser är upptagna; försök igen");
            }
            problem(responses, "500", "Internt fel");
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer contractSchemas() {
        return openApi -> {
            Components components = openApi.getComponents();
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(OpenApiContract::optionalMeansNullable);
            }
            components.addSchemas(PROBLEM, problemSchema());
            Map<String, Schema> templates = templateSchemas();
            templates.forEach(components::addSchemas);
            derivedSchemas(templates).forEach(components::addSchemas);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                for (Operation operation : operations(item)) {
                    if (!path.startsWith("/api/")) {
                        operation.setSecurity(List.of());
                    }
                    operation.getResponses().forEach((code, response) -> concreteMediaTypes(response));
                    boolean clientError = operation.getResponses().keySet().stream().anyMatch(c -> c.startsWith("4"));
                    if (!clientError) {
                        problem(operation.getResponses(), "406", "Inget av de begärda formaten (Accept) kan ges");
                    }
                }
            });
        };
    }

    /** Java records answer null for what they lack; a property not listed as required may be null. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void optionalMeansNullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = (Map) schema.getProperties();
        properties.replaceAll((name, property) -> {
            if (required.contains(name)) {
                return property;
            }
            if (property.get$ref() != null) {
                return new Schema<>().anyOf(List.of(property, new Schema<>().type("null")));
            }
            if (property.getTypes() != null && !property.getTypes().isEmpty() && !property.getTypes().contains("null")) {
                property.addType("null");
            } else if (property.getType() != null && property.getTypes() == null) {
                property.addType(property.getType());
                property.addType("null");
            }
            return property;
        });
    }

    private static List<Operation> operations(PathItem item) {
        List<Operation> all = new ArrayList<>();
        for (Operation o : new Operation[] { item.getGet(), item.getPost(), item.getPut(), item.getDelete(),
                item.getPatch() }) {
            if (o != null) {
                all.add(o);
            }
        }
        return all;
    }

    /** {@code *}/{@code *} becomes JSON, or the document formats for bytes. */
    private static void concreteMediaTypes(ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        MediaType any = content.remove("*/*");
        Schema<?> schema = any.getSchema();
        // byte[] bodies are written raw (not base64): 3.1 calls them format byte, 3.0 binary
        boolean binary = schema != null && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()));
        if (binary) {
            for (String type : DOCUMENT_TYPES) {
                content.addMediaType(type, new MediaType().schema(new Schema<>().type("string").format("binary")));
            }
        } else {
            content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
        }
    }

    private static void problem(ApiResponses responses, String code, String description) {
        if (responses.containsKey(code)) {
            ApiResponse existing = responses.get(code);
            if (existing.getContent() == null || existing.getContent().isEmpty() || existing.getContent().containsKey("*/*")) {
                existing.setContent(problemContent());
            }
            return;
        }
        responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(REF + PROBLEM)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldProblem = new Schema<>().type("object")
                .addProperty("pointer", new Schema<>().type("string").description("JSON-pekare (RFC 6901) in i begärans innehåll"))
                .addProperty("message", new Schema<>().type("string"));
        fieldProblem.setRequired(List.of("pointer", "message"));
        Schema<?> problem = new Schema<>().type("object")
                .description("RFC 9457 problem details, med fältfel under errors")
                .addProperty("type", new Schema<>().type("string"))
                .addProperty("title", new Schema<>().type("string"))
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("instance", new Schema<>().type("string"))
                .addProperty("errors", new Schema<>().type("array").items(fieldProblem))
                .addProperty("findings", new Schema<>().type("array").items(new Schema<>().type("object")
                        .additionalProperties(true)));
        problem.setRequired(List.of("title", "status"));
        problem.setAdditionalProperties(true);
        return problem;
    }

    /** Each bundled template's schema.json as {@code <Template>Data}; its $defs become {@code <Template>Data_<def>}. */
    static Map<String, Schema> templateSchemas() {
        Map<String, Schema> schemas = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            List<Resource> resources = new ArrayList<>(List.of(resolver.getResources("classpath*:bundled-templates/*/schema.json")));
            // shared vocabularies the templates refer to as "shared/<name>.schema.json#/$defs/…"
            resources.addAll(List.of(resolver.getResources("classpath*:bundled-templates/shared/*.schema.json")));
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String file = url.substring(url.lastIndexOf('/') + 1);
                String folder = url.substring(0, url.lastIndexOf('/'));
                String name = file.equals("schema.json") ? componentName(folder.substring(folder.lastIndexOf('/') + 1))
                        : sharedName(file);
                ObjectNode schema;
                try (InputStream in = resource.getInputStream()) {
                    schema = (ObjectNode) json.readTree(in);
                }
                schema.remove("$schema");
                schema.remove("$id");
                JsonNode defs = schema.remove("$defs");
                rewriteRefs(schema, name);
                schemas.put(name, toSwagger(schema, json));
                if (defs != null) {
                    for (Map.Entry<String, JsonNode> def : defs.properties()) {
                        rewriteRefs(def.getValue(), name);
                        schemas.put(name + "_" + def.getKey(), toSwagger(def.getValue(), json));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    /** {@code innehall.schema.json} → {@code Innehall}. */
    static String sharedName(String file) {
        String base = file.replace(".schema.json", "").replace("-", "");
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    static String componentName(String template) {
        return Character.toUpperCase(template.charAt(0)) + template.substring(1).replace("-", "") + "Data";
    }

    private static void rewriteRefs(JsonNode node, String name) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString()) {
                String value = ref.asString();
                java.util.regex.Matcher shared = SHARED_REF.matcher(value);
                if (value.startsWith("#/$defs/")) {
                    object.put("$ref", REF + name + "_" + value.substring("#/$defs/".length()));
                } else if (shared.matches()) {
                    object.put("$ref", REF + sharedName(shared.group(1)) + "_" + shared.group(2));
                } else if (value.equals("#")) {
                    object.put("$ref", REF + name);
                }
            }
            for (Map.Entry<String, JsonNode> child : object.properties()) {
                rewriteRefs(child.getValue(), name);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> rewriteRefs(child, name));
        }
    }

    private static Schema toSwagger(JsonNode node, JsonMapper json) {
        try {
            return Json31.mapper().readValue(json.writeValueAsString(node), Schema.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bodies cut from a template's data: a meeting (the kallelse's agenda fields plus organ and datum), a protokoll draft
     * (the protokoll's attendance and §), a budget (the verksamhetsplan's {@code budget}).
     */
    private static Map<String, Schema> derivedSchemas(Map<String, Schema> templates) {
        Map<String, Schema> derived = new LinkedHashMap<>();
        Schema<?> kallelse = templates.get("KallelseData");
        if (kallelse != null && kallelse.getProperties() != null) {
            Schema<?> meeting = new Schema<>().type("object").description("Ett sammanträde: organ, datum och dagordning "
                    + "(fälten har kallelsemallens format, se KallelseData)");
            meeting.addProperty("organ", new Schema<>().type("string").description("organets kod, t.ex. styrelsen"));
            meeting.addProperty("datum", new Schema<>().type("string").format("date"));
            kallelse.getProperties().forEach((field, schema) -> {
                if (!Set.of("forbund", "utfardad", "organ", "organGenitiv", "datum").contains(field)) {
                    meeting.addProperty(field, schema);
                }
            });
            meeting.setRequired(List.of("organ", "datum", "punkter"));
            derived.put("MeetingInput", meeting);
        }
        Schema<?> protokoll = templates.get("ProtokollData");
        if (protokoll != null && protokoll.getProperties() != null) {
            Schema<?> draft = new Schema<>().type("object").description("Protokollutkastet: närvaro och paragrafer "
                    + "(fälten har protokollmallens format, se ProtokollData)");
            for (String field : List.of("beslutande", "ovrigaDeltagare", "sekreterare", "ordforande", "justerare",
                    "paragrafer")) {
                if (protokoll.getProperties().containsKey(field)) {
                    draft.addProperty(field, relaxed(protokoll.getProperties().get(field)));
                }
            }
            draft.setAdditionalProperties(false);
            derived.put("ProtokollDraft", draft);
        }
        Schema<?> plan = templates.get("VerksamhetsplanData");
        if (plan != null && plan.getProperties() != null && plan.getProperties().get("budget") != null) {
            derived.put("Budget", plan.getProperties().get("budget"));
        }
        return derived;
    }

    /** A draft may still lack what the finished protokoll needs (§ numbers, justerare): no required, no minItems. */
    private static Schema relaxed(Schema<?> schema) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            JsonNode tree = json.readTree(Json31.mapper().writeValueAsString(schema));
            strip(tree);
            return toSwagger(tree, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("required");
            object.remove("minItems");
            object.remove("minLength");
            object.properties().forEach(child -> strip(child.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApiContract::strip);
        }
    }

    private static String path(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String prefix = type != null && type.path().length > 0 ? type.path()[0] : "";
        String own = method != null && method.path().length > 0 ? method.path()[0] : "";
        return prefix + own;
    }

    private static RequestMethod verb(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping != null && mapping.method().length > 0 ? mapping.method()[0] : RequestMethod.GET;
    }

    /** Operations that render and so can meet a full render queue. */
    private static boolean renders(String path, Method method) {
        return method.getGenericReturnType().getTypeName().contains("byte[]")
                || path.matches(".*/(previews|preview|documents|kallelse|justering|utdrag|bundles|checks)$");
    }
}
