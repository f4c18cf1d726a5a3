package se.finsam.handlingar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.ServiceProcess;

/**
 * A bounded load test against the packaged jar on 127.0.0.1 with {@code -Xmx512m}: 8 clients mix every document
 * fixture for a fixed time (default 180 s, {@code -Dload.seconds}) or a fixed count ({@code -Dload.requests}), whichever
 * comes first, after a warm-up ({@code -Dload.warmup}, default 20 s) that is not measured. Afterwards every archived document is read back and checked against its hash, and — since rendering is
 * deterministic — every document made from the same fixture must have the same hash, which would expose cross-talk
 * between concurrent renders. Results go to {@code docs/load-test.md}. Run with {@code mvn -B verify -Pload}.
 */
@Tag("load")
class LoadIT {

    private static final int CLIENTS = 8;
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    record Fixture(String name, String body, boolean archived) {
    }

    @Test
    void eightClientsForAFewMinutes() throws Exception {
        int seconds = Integer.getInteger("load.seconds", 180);
        int maxRequests = Integer.getInteger("load.requests", 50_000);
        try (ServiceProcess service = ServiceProcess.start()) {
            int port = service.port();
            Api api = service.api();
            service.createUsers("SEKRETERARE", "STYRELSE");
            List<Fixture> fixtures = fixtures(api);
            warmUp(service, fixtures, Integer.getInteger("load.warmup", 20));

            Map<String, Measurements> latency = new ConcurrentHashMap<>();
            Map<String, Set<String>> hashesByFixture = new ConcurrentHashMap<>();
            List<String> archivedIds = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicLong maxHeapKb = new AtomicLong();
            Instant end = Instant.now().plusSeconds(seconds);

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            Future<?> heapWatch = pool.submit(() -> {
                while (Instant.now().isBefore(end) && !Thread.currentThread().isInterrupted()) {
                    maxHeapKb.accumulateAndGet(heapUsedKb(service.pid()), Math::max);
                    sleep(1000);
                }
            });
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    Api http = new Api("http://127.0.0.1:" + port);
                    int i = client;
                    while (Instant.now().isBefore(end) && requests.incrementAndGet() <= maxRequests) {
                        Fixture fixture = fixtures.get(i++ % fixtures.size());
                        long start = System.nanoTime();
                        try {
                            Api.Response response = fixture.archived()
                                    ? http.post("/api/documents", fixture.body(), "sekreterare")
                                    : http.post("/api/previews", fixture.body(), "sekreterare");
                            latency.computeIfAbsent(fixture.name(), k -> new Measurements()).add((System.nanoTime() - start) / 1e6);
                            if (response.status() != (fixture.archived() ? 201 : 200)) {
                                errors.incrementAndGet();
                                errorSamples.add(fixture.name() + ": " + response.status() + " " + response.text());
                            } else if (fixture.archived()) {
                                archivedIds.add(response.json().get("id").asString());
                                hashesByFixture.computeIfAbsent(fixture.name(), k -> ConcurrentHashMap.newKeySet())
                                        .add(response.json().get("sha256").asString());
                            } else {
                                hashesByFixture.computeIfAbsent(fixture.name(), k -> ConcurrentHashMap.newKeySet())
                                        .add(sha256(response.body()));
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            errorSamples.add(fixture.name() + ": " + e);
                        }
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            heapWatch.cancel(true);
            pool.shutdownNow();
            double elapsed = Duration.between(end.minusSeconds(seconds), Instant.now()).toMillis() / 1000.0;

            int verified = 0;
            List<String> hashProblems = new ArrayList<>();
            for (String id : archivedIds) {
                Api.Response meta = api.get("/api/documents/" + id, "styrelse");
                Api.Response content = api.get("/api/documents/" + id + "/content", "styrelse");
                if (content.status() != 200 || !sha256(content.body()).equals(meta.json().get("sha256").asString())) {
                    hashProblems.add(id + ": " + content.status());
                } else {
                    verified++;
                }
            }
            hashesByFixture.forEach((name, hashes) -> {
                if (hashes.size() != 1) {
                    hashProblems.add(name + " gave " + hashes.size() + " different documents from the same data");
                }
            });

            Files.writeString(Path.of("docs/load-test.md"), report(seconds, elapsed, fixtures, latency, requests.get(),
                    errors.get(), errorSamples, maxHeapKb.get(), verified, archivedIds.size(), hashProblems));
            assertThat(errorSamples).as("errors").isEmpty();
            assertThat(hashProblems).as("hash or cross-talk problems").isEmpty();
            assertThat(service.isAlive()).as("service survived with -Xmx512m").isTrue();
        }
    }

    /** JIT and caches first: the same mix for a few seconds, through the preview path so nothing is archived. */
    private static void warmUp(ServiceProcess service, List<Fixture> fixtures, int seconds) throws Exception {
        Instant end = Instant.now().plusSeconds(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                Api http = service.api();
                for (int i = client; Instant.now().isBefore(end); i++) {
                    http.post("/api/previews", fixtures.get(i % fixtures.size()).body(), "sekreterare");
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
    }

    private static List<Fixture> fixtures(Api api) throws IOException {
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            for (Path file : files.sorted().toList()) {
                String body = Files.readString(file);
                if (!file.toString().endsWith(".json") || !Api.JSON.readTree(body).has("template")) {
                    continue;
                }
                boolean clean = true;
                for (var finding : api.post("/api/checks", body, "sekreterare").json().get("findings")) {
                    clean &= !"ERROR".equals(finding.get("severity").asString());
                }
                fixtures.add(new Fixture(file.getFileName().toString().replace(".json", ""), body, clean));
            }
        }
        return fixtures;
    }

    private static String report(int seconds, double elapsed, List<Fixture> fixtures, Map<String, Measurements> latency,
            int requests, int errors, List<String> errorSamples, long maxHeapKb, int verified, int archived,
            List<String> hashProblems) {
        StringBuilder md = new StringBuilder("# Load test\n\n");
        md.append("Produced by `mvn -B verify -Pload` on ").append(LocalDate.now()).append(": the packaged jar with `-Xmx512m` on ")
                .append("127.0.0.1, ").append(CLIENTS).append(" concurrent clients, ").append(seconds).append(" s (")
                .append(String.format(Locale.ROOT, "%.0f", elapsed)).append(" s measured), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores shared by clients and service.\n\n");
        md.append("| fixture | how | requests | p50 | p95 |\n|---|---|---|---|---|\n");
        Map<String, Measurements> sorted = new TreeMap<>(latency);
        for (Fixture f : fixtures) {
            Measurements m = sorted.get(f.name());
            md.append("| ").append(f.name()).append(" | ").append(f.archived() ? "POST /api/documents" : "POST /api/previews (has ERROR findings, so not archivable)")
                    .append(" | ").append(m == null ? 0 : m.count()).append(" | ").append(m == null ? "–" : RenderBenchmarkTest.ms(m.median()) + " ms")
                    .append(" | ").append(m == null ? "–" : RenderBenchmarkTest.ms(m.p95()) + " ms").append(" |\n");
        }
        md.append("\n- requests: ").append(requests).append(String.format(Locale.ROOT, " (%.1f/s)", requests / elapsed))
                .append("\n- errors: **").append(errors).append("**");
        errorSamples.stream().limit(5).forEach(e -> md.append("\n  - ").append(e.length() > 300 ? e.substring(0, 300) : e));
        md.append("\n- heap ceiling (max used, sampled every second with `jcmd GC.heap_info`): ").append(maxHeapKb / 1024)
                .append(" MB of 512 MB\n- archived documents read back and matching their SHA-256: ").append(verified).append(" of ")
                .append(archived).append("\n- same fixture, same bytes (no cross-talk between concurrent renders): ")
                .append(hashProblems.isEmpty() ? "**yes**" : "**no**: " + hashProblems).append('\n');
        return md.toString();
    }

    private static long heapUsedKb(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            Matcher m = HEAP_USED.matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
