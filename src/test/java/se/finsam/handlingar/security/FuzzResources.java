package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.finsam.handlingar.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the fuzz test's operations need to get past "not found": an organ, a member, a meeting with a protokoll draft,
 * a budget, a template draft, an archived document and a user of its own, and a valid body for the operations a
 * generated example would not get far with. Operations added later get a generated example and these path values
 * (or a word), so they are fuzzed too.
 */
final class FuzzResources {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String ORGAN = "fuzz";
    private static final String BUDGET = "fuzz-budget";
    private static final String TEMPLATE = "fuzzmall";
    private static final String USER = "fuzz-user";

    private final Api api;
    private final String meeting;
    private final String document;
    private final String templateVersion;
    private final String memberTerm;
    private final String person;
    private final String orgnr;
    private final JsonNode templateFiles;
    private final Map<String, Supplier<JsonNode>> seeds = new HashMap<>();

    FuzzResources(Api api) {
        this.api = api;
        ok(api.put("/api/organisation/organs/" + ORGAN, "{\"namn\":\"Fuzznämnden\"}", "admin"));
        JsonNode member = ok(api.post("/api/organisation/organs/" + ORGAN + "/members", """
                {"namn":"Pia Fuzz","roll":"LEDAMOT","huvudman":"umea","email":"pia@example.se","fran":"2031-01-01"}""",
                "admin"));
        memberTerm = member.path("uppdragId").asString();
        person = member.path("personId").asString();
        orgnr = api.get("/api/organisation", "admin").json().path("forbund").path("organisationsnummer").asString("222000-0000");
        meeting = ok(api.post("/api/meetings", meetingBody(), "admin")).path("id").asString();
        ok(api.put("/api/meetings/" + meeting + "/protokoll", protokollDraft(), "admin"));
        ok(api.post("/api/budgets/" + BUDGET + "/versions", budget(), "admin"));
        document = ok(api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "admin")).path("id").asString();
        ok(api.put("/api/users/" + USER, "{\"password\":\"ett-langt-losenord\",\"roles\":[\"STYRELSE\"]}", "admin"));
        String kallelse = ok(api.get("/api/templates", "admin")).valueStream()
                .filter(t -> t.path("id").asString().equals("kallelse")).findFirst().orElseThrow()
                .path("versions").valueStream().filter(v -> v.path("status").asString().equals("PUBLISHED"))
                .reduce((a, b) -> b).orElseThrow().path("version").asString();
        templateFiles = ok(api.get("/api/templates/kallelse/versions/" + kallelse, "admin")).path("files");
        ObjectNode files = Api.JSON.createObjectNode();
        files.set("files", templateFiles);
        templateVersion = ok(api.post("/api/templates/" + TEMPLATE + "/versions", files, "admin")).path("version").asString();

        seeds.put("POST /api/documents", () -> Api.fixtureJson("kallelse-2024-03-22.json"));
        seeds.put("POST /api/previews", () -> Api.fixtureJson("kallelse-2024-03-22.json"));
        seeds.put("POST /api/checks", () -> Api.fixtureJson("protokoll-2023-11-30.json"));
        seeds.put("POST /api/templates/{id}/versions/{version}/preview", () -> {
            ObjectNode body = Api.JSON.createObjectNode().put("format", "pdf");
            body.set("data", Api.fixtureJson("kallelse-2024-03-22.json").get("data"));
            return body;
        });
        seeds.put("POST /api/templates/{id}/versions", this::templateFilesBody);
        seeds.put("PUT /api/templates/{id}/versions/{version}", this::templateFilesBody);
        seeds.put("POST /api/budgets/{id}/versions", FuzzResources::budget);
        seeds.put("POST /api/meetings", FuzzResources::meetingBody);
        seeds.put("PUT /api/meetings/{id}", FuzzResources::meetingBody);
        seeds.put("PUT /api/meetings/{id}/protokoll", FuzzResources::protokollDraft);
        seeds.put("PUT /api/annual-reports/{year}", () -> Api.fixtureJson("arsredovisning-2023.json").get("data"));
        seeds.put("PUT /api/users/{username}",
                () -> Api.JSON.readTree("{\"password\":\"ett-langt-losenord\",\"roles\":[\"STYRELSE\"]}"));
        seeds.put("POST /api/organisation/organs/{kod}/members", () -> Api.JSON.readTree("""
                {"namn":"Per Fuzz","roll":"ERSATTARE","huvudman":"vannas","email":"per@example.se","fran":"2031-02-01"}"""));
        seeds.put("POST /api/organisation/import", () -> Api.fixtureJson("organisation.json"));
        seeds.put("POST /api/distribution/sendings", () -> Api.JSON.readTree("""
                {"dokument":"%s","organ":"%s","datum":"2031-03-22","extra":["revisor@example.se"],"meddelande":"Hej"}"""
                .formatted(document, ORGAN)));
        seeds.put("POST /api/distribution/bundles", () -> Api.JSON.readTree("""
                {"kallelse":"%s","bilagor":[{"nummer":1,"dokument":"%s","titel":"Bilaga"}]}""".formatted(document, document)));
    }

    Supplier<JsonNode> seed(String method, String path) {
        return seeds.get(method + " " + path);
    }

    /** The path with its variables filled in with something that exists. */
    String path(String template) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(template, m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String template, String variable) {
        return switch (variable) {
            case "id" -> template.startsWith("/api/meetings") ? meeting
                    : template.startsWith("/api/budgets") ? BUDGET
                    : template.startsWith("/api/templates") ? TEMPLATE
                    : template.startsWith("/api/documents") ? document
                    : template.startsWith("/api/organisation/terms") ? memberTerm
                    : template.startsWith("/api/organisation/persons") ? person
                    : UUID.randomUUID().toString();
            case "version" -> templateVersion;
            case "username" -> USER;
            case "kod" -> ORGAN;
            case "year" -> "2023";
            case "orgnr" -> orgnr;
            case "budget" -> BUDGET;
            case "session", "justeringId" -> UUID.randomUUID().toString();
            default -> "fuzz";
        };
    }

    private JsonNode templateFilesBody() {
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("files", templateFiles.deepCopy());
        return body;
    }

    private static JsonNode budget() {
        return Api.fixtureJson("verksamhetsplan-2022-2024.json").get("data").get("budget");
    }

    private static JsonNode meetingBody() {
        return Api.JSON.readTree("""
                {"organ":"%s","datum":"2031-03-22","tid":{"fran":"09:00","till":"12:00"},"plats":"Kansliet",
                 "punkter":[{"rubrik":"Mötets öppnande"},{"rubrik":"Budget","text":"Förslag till beslut."}]}"""
                .formatted(ORGAN));
    }

    private static JsonNode protokollDraft() {
        return Api.JSON.readTree("""
                {"beslutande":[{"namn":"Pia Fuzz","representerar":"Umeå kommun"}],"sekreterare":"Sara Sekreterare",
                 "ordforande":"Pia Fuzz","justerare":["Per Fuzz"],
                 "paragrafer":[{"rubrik":"Mötets öppnande","text":"Ordföranden öppnade mötet."},
                               {"rubrik":"Budget","text":"Styrelsen beslutar att anta budgeten."}]}""");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 299);
        return response.status() == 204 ? Api.JSON.createObjectNode() : response.json();
    }
}
