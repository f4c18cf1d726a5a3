package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import se.finsam.handlingar.access.UserAccounts;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.InProcessService;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 13: generated bodies — wrong types, huge and odd strings, control characters, deep nesting, boundary numbers,
 * missing and extra fields, other roots, broken JSON — posted to every operation with a JSON body that the running
 * service's {@code /v3/api-docs} lists (so a new endpoint is fuzzed without anyone adding it here). For each request:
 * never a 5xx; a 400 or 422 is problem+json with a JSON pointer and names none of the service's Java classes; a 400 only
 * for a body that is not JSON; and after any 4xx nothing stored has changed (every
 * table's rows and every file under the data directory, compared before and after).
 * <p>
 * Runs on a service of its own (its successful mutations store things). Seeded, so a failure reproduces:
 * {@code -Dfuzz.seed=13} (the default) and {@code -Dfuzz.tries=N} mutations per operation (default 12) for a
 * longer run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 13);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 12);
    private static final String USER = "admin";

    private InProcessService service;
    private Api api;
    private StoredState state;
    private FuzzResources resources;
    private JsonNode openApi;
    /** What is stored now, as far as known: after a 4xx it is the snapshot taken then, after a 2xx unknown. */
    private StoredState.Snapshot stored;

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Files.createTempDirectory("handlingar-fuzz-");
        service = InProcessService.start(dataDir, "handlingar.demo=true",
                "handlingar.distribution.worker-enabled=false", "logging.level.se.finsam=WARN");
        IntegrationTest.ensureRoleUsers(service.bean(UserAccounts.class));
        api = service.api();
        state = new StoredState(service.bean(DataSource.class), dataDir);
        openApi = api.get("/v3/api-docs", null).json();
        resources = new FuzzResources(api);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    record Operation(String method, String path, JsonNode schema) {
        String name() {
            return method + " " + path;
        }
    }

    /** Every operation of the OpenAPI document that takes a JSON body. */
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        openApi.path("paths").properties().forEach(path -> path.getValue().properties().forEach(verb -> {
            JsonNode json = verb.getValue().path("requestBody").path("content").path("application/json");
            if (!json.isMissingNode()) {
                operations.add(new Operation(verb.getKey().toUpperCase(), path.getKey(), json.path("schema")));
            }
        }));
        return operations;
    }

    /** The comparison itself can fail: a change in a table and a new file under the data directory are both seen. */
    @Test
    void theSnapshotSeesWhatIsStored() {
        StoredState.Snapshot before = state.snapshot();
        assertThat(before.tables()).hasSizeGreaterThan(20).containsKeys(before.tables().keySet().stream()
                .filter(t -> t.equalsIgnoreCase("meeting")).findFirst().orElse("meeting"));
        assertThat(api.put("/api/organisation/organs/fuzz-koll", "{\"namn\":\"Kontrollnämnden\"}", USER).status())
                .isEqualTo(200);
        StoredState.Snapshot organ = state.snapshot();
        assertThat(organ.changesSince(before)).isNotEmpty().allMatch(change -> change.startsWith("table "));
        assertThat(api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), USER).status()).isEqualTo(201);
        assertThat(state.snapshot().changesSince(organ)).anyMatch(change -> change.startsWith("file "));
        stored = null;
    }

    @TestFactory
    Stream<DynamicTest> noInputEndsInA5xxOrChangesWhatIsStoredOnA4xx() {
        List<Operation> operations = operations();
        assertThat(operations).as("JSON operations in /v3/api-docs").hasSizeGreaterThan(25)
                .extracting(Operation::name).contains("POST /api/budgets/{id}/versions", "POST /api/previews",
                        "PUT /api/meetings/{id}/protokoll", "PUT /api/users/{username}");
        SchemaExamples examples = new SchemaExamples(openApi);
        return operations.stream().map(operation -> DynamicTest.dynamicTest(operation.name(), () -> {
            Supplier<JsonNode> seed = resources.seed(operation.method(), operation.path());
            JsonNode valid = seed != null ? seed.get() : examples.example(operation.schema());
            fuzz(operation, valid);
        }));
    }

    private void fuzz(Operation operation, JsonNode valid) {
        Random random = new Random(SEED ^ operation.name().hashCode());
        JsonMutator mutator = new JsonMutator(random);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i <= TRIES; i++) {
            JsonMutator.Mutated body = i == 0 ? new JsonMutator.Mutated(Api.JSON.writeValueAsString(valid), List.of("none"))
                    : mutator.mutate(valid);
            String path = resources.path(operation.path());
            if (stored == null) {
                stored = state.snapshot();
            }
            Api.Response response = send(operation.method(), path, body.json());
            statuses.merge(response.status(), 1, Integer::sum);
            String problem = judge(response, stored, body.json());
            if (problem != null) {
                failures.add("try " + i + ": " + operation.method() + " " + path + " → " + problem + "\n    mutations: "
                        + body.steps() + "\n    body: " + JsonMutator.abbreviate(body.json()));
            }
        }
        System.out.printf("fuzz %-60s %s in %d ms%n", operation.name(), statuses,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(failures).as("seed " + SEED + " (-Dfuzz.seed=" + SEED + " -Dfuzz.tries=" + TRIES
                + " reproduces it)").isEmpty();
    }

    private String judge(Api.Response response, StoredState.Snapshot before, String body) {
        int status = response.status();
        if (status >= 500) {
            stored = null;
            return status + " " + JsonMutator.abbreviate(response.text());
        }
        if (status < 400) {
            stored = null;   // something may have been stored: take a new snapshot before the next request
            return null;
        }
        StoredState.Snapshot after = state.snapshot();
        List<String> changes = after.changesSince(before);
        stored = after;
        if (!changes.isEmpty()) {
            return status + " but stored data changed: " + changes;
        }
        if (status == 400 || status == 422) {
            if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
                return status + " as " + response.contentType() + ", not problem+json";
            }
            JsonNode errors = response.json().path("errors");
            if (!errors.isArray() || errors.isEmpty() || !errors.get(0).path("pointer").isString()) {
                return status + " without a JSON pointer: " + JsonMutator.abbreviate(response.text());
            }
        }
        if (response.text().contains("se.finsam.")) {
            return status + " names the service's Java classes: " + JsonMutator.abbreviate(response.text());
        }
        if (status == 400 && parses(body)) {
            return "400 for a body that is valid JSON: bad data is 422 " + JsonMutator.abbreviate(response.text());
        }
        return null;
    }

    private static boolean parses(String body) {
        try {
            Api.JSON.readTree(body);
            return true;
        } catch (tools.jackson.core.JacksonException e) {
            return false;
        }
    }

    private Api.Response send(String method, String path, String body) {
        return switch (method) {
            case "POST" -> api.post(path, body, USER);
            case "PUT" -> api.put(path, body, USER);
            default -> throw new IllegalStateException("no client for " + method + " " + path);
        };
    }

    static ObjectNode object(JsonNode node) {
        return (ObjectNode) node;
    }
}
