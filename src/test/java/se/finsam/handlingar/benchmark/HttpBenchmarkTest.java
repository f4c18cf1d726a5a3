package se.finsam.handlingar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import se.finsam.handlingar.access.Role;
import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The service end to end over HTTP with keep-alive clients against the same work in-process, and where the difference
 * goes, written into {@code docs/benchmarks.md} (its own section; the render benchmark keeps it). Run with
 * {@code mvn -B test -Pbenchmark}; not part of {@code mvn verify}.
 */
@Tag("benchmark")
class HttpBenchmarkTest extends IntegrationTest {

    static final String BEGIN = "<!-- http benchmark: written by HttpBenchmarkTest -->";
    static final String END = "<!-- end of http benchmark -->";
    private static final Path REPORT = Path.of("docs/benchmarks.md");
    private static final int ROUNDS = Integer.getInteger("benchmark.http.rounds", 400);
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final long WARM_UP_CPU_SECONDS = Long.getLong("benchmark.http.warm-up-cpu-seconds", 40);
    private static final long THROUGHPUT_MILLIS = Long.getLong("benchmark.http.seconds", 15) * 1000;

    @Autowired
    DocumentService documents;

    /** One step of the comparison, measured interleaved with the others so machine load hits all alike. */
    record Step(String name, String what, Supplier<Integer> run) {
    }

    record Throughput(String clients, int requests, double perSecond, Measurements latency, int errors,
            double cpuPerRequest, double threadCpuPerRequest, int connections) {
    }

    @Test
    void benchmark() throws Exception {
        byte[] kallelse = Files.readAllBytes(Path.of("fixtures", "kallelse-2024-03-22.json"));
        JsonNode body = Api.fixtureJson("kallelse-2024-03-22.json");
        DocumentRequest request = new DocumentRequest(body.get("template").asString(), null, "pdf", body.get("data"));
        byte[] smallCheck = "{\"template\":\"kallelse\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        String base = "http://127.0.0.1:" + port;
        KeepAliveClient client = new KeepAliveClient("127.0.0.1", port, "sekreterare", PASSWORD);
        JdkClient jdk = new JdkClient(base, "sekreterare");

        List<Step> steps = List.of(
                new Step("in-process preview", "`DocumentService.preview`: checks + render (the render benchmark's path)",
                        () -> asSekreterare(() -> documents.preview(request).result().content().length)),
                new Step("in-process checks", "`DocumentService.check`: schema and domain checks only",
                        () -> asSekreterare(() -> documents.check(request).size())),
                new Step("HTTP health", "`GET /actuator/health/liveness`: Tomcat, filters, MVC, a JSON answer; no login",
                        () -> client.send("GET", "/actuator/health/liveness", null)),
                new Step("HTTP login + small JSON", "`POST /api/checks` with an empty kallelse: + Basic login (remembered), body binding, findings JSON",
                        () -> client.send("POST", "/api/checks", smallCheck)),
                new Step("HTTP checks", "`POST /api/checks` with the kallelse: + the whole body and its checks",
                        () -> client.send("POST", "/api/checks", kallelse)),
                new Step("HTTP preview", "`POST /api/previews` with the kallelse: the whole request, 2-page PDF answer",
                        () -> client.send("POST", "/api/previews", kallelse)),
                new Step("HTTP preview, JDK HttpClient", "the same with `java.net.http.HttpClient` (HTTP/1.1 keep-alive) as the client",
                        () -> jdk.post("/api/previews", kallelse)));

        for (Step step : steps) {
            assertThat(step.run().get()).as(step.name()).isNotNegative();   // an HTTP error throws
        }
        assertThat(client.send("POST", "/api/previews", kallelse)).as("PDF bytes").isGreaterThan(10_000);
        warmUp(steps);
        Map<String, Measurements> single = new LinkedHashMap<>();
        Map<String, Measurements> cpu = new LinkedHashMap<>();
        Map<String, Measurements> processCpu = new LinkedHashMap<>();
        steps.forEach(s -> single.put(s.name(), new Measurements()));
        steps.forEach(s -> cpu.put(s.name(), new Measurements()));
        steps.forEach(s -> processCpu.put(s.name(), new Measurements()));
        int connectionsBefore = client.connections();
        for (int i = 0; i < ROUNDS; i++) {
            for (Step step : steps) {
                long processStart = CPU.getProcessCpuTime();
                Map<Long, Long> threadsStart = javaThreadsCpu();
                long start = System.nanoTime();
                step.run().get();
                single.get(step.name()).add((System.nanoTime() - start) / 1e6);
                cpu.get(step.name()).add(javaThreadsCpuSince(threadsStart) / 1e6);
                processCpu.get(step.name()).add((CPU.getProcessCpuTime() - processStart) / 1e6);
            }
        }
        single.forEach((name, m) -> System.out.printf("%-30s median %6.2f ms  p95 %6.2f ms  cpu %6.2f ms  process cpu %6.2f ms%n",
                name, m.median(), m.p95(), cpu.get(name).mean(), processCpu.get(name).mean()));
        // Tomcat closes a keep-alive connection after 100 requests (server.tomcat.max-keep-alive-requests)
        assertThat(client.connections() - connectionsBefore).as("keep-alive connections held")
                .isLessThanOrEqualTo(ROUNDS * 5 / 100 + 2);

        ensureUser("benchmark2", Role.KANSLI);
        List<Throughput> throughput = new ArrayList<>();
        throughput.add(throughput(kallelse, List.of("sekreterare", "kansli"), "2 clients, 2 users"));
        throughput.add(throughput(kallelse, List.of("sekreterare", "sekreterare"), "2 clients, 1 user"));
        throughput.add(throughput(kallelse, List.of("sekreterare", "kansli", "admin", "benchmark2"), "4 clients, 4 users"));
        throughput.add(inProcessThroughput(request));
        throughput.forEach(t -> System.out.printf("%-32s %7.1f/s p50 %6.1f p95 %6.1f cpu/request %5.2f ms (threads %5.2f) errors %d%n",
                t.clients(), t.perSecond(), t.latency().median(), t.latency().p95(), t.cpuPerRequest(),
                t.threadCpuPerRequest(), t.errors()));
        assertThat(throughput).allSatisfy(t -> assertThat(t.errors()).as(t.clients()).isZero());

        String section = HttpBenchmarkReport.markdown(steps, single, cpu, processCpu, throughput, ROUNDS);
        if (Boolean.parseBoolean(System.getProperty("benchmark.http.write", "true"))) {
            writeSection(section);
        }
        System.out.println(section);
    }

    private int asSekreterare(Supplier<Integer> work) {
        return as("sekreterare", "ROLE_SEKRETERARE", work);
    }

    private static int as(String user, String role, Supplier<Integer> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(role)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void ensureUser(String name, Role role) {
        if (accounts.find(name).isEmpty()) {
            accounts.save(name, PASSWORD, EnumSet.of(role));
        }
    }

    private Throughput throughput(byte[] body, List<String> users, String label) throws Exception {
        Measurements latency = new Measurements();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger connections = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Future<?>> workers = new ArrayList<>();
        for (String user : users) {
            workers.add(pool.submit(() -> {
                try (KeepAliveClient client = new KeepAliveClient("127.0.0.1", port, user, PASSWORD)) {
                    client.send("POST", "/api/previews", body);   // connection open and login remembered first
                    while (running.get()) {
                        long s = System.nanoTime();
                        try {
                            client.send("POST", "/api/previews", body);
                            latency.add((System.nanoTime() - s) / 1e6);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                    connections.addAndGet(client.connections());
                }
                return null;
            }));
        }
        Thread.sleep(2000);
        int before = latency.count();
        long cpuStart = CPU.getProcessCpuTime();
        Map<Long, Long> threadsStart = javaThreadsCpu();
        long start = System.nanoTime();
        Thread.sleep(THROUGHPUT_MILLIS);
        int requests = latency.count() - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuPerRequest = (CPU.getProcessCpuTime() - cpuStart) / 1e6 / Math.max(1, requests);
        double threadCpuPerRequest = javaThreadsCpuSince(threadsStart) / 1e6 / Math.max(1, requests);
        running.set(false);
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return new Throughput(label, requests, requests / seconds, latency, errors.get(), cpuPerRequest,
                threadCpuPerRequest, connections.get());
    }

    private Throughput inProcessThroughput(DocumentRequest request) throws Exception {
        Measurements latency = new Measurements();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (String user : List.of("sekreterare", "kansli")) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    long s = System.nanoTime();
                    as(user, "ROLE_SEKRETERARE", () -> documents.preview(request).result().pages());
                    latency.add((System.nanoTime() - s) / 1e6);
                }
                return null;
            }));
        }
        Thread.sleep(2000);
        int before = latency.count();
        long cpuStart = CPU.getProcessCpuTime();
        Map<Long, Long> threadsStart = javaThreadsCpu();
        long start = System.nanoTime();
        Thread.sleep(THROUGHPUT_MILLIS);
        int count = latency.count() - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuPerRequest = (CPU.getProcessCpuTime() - cpuStart) / 1e6 / Math.max(1, count);
        double threadCpuPerRequest = javaThreadsCpuSince(threadsStart) / 1e6 / Math.max(1, count);
        running.set(false);
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return new Throughput("in-process, 2 threads, 2 users", count, count / seconds, latency, 0, cpuPerRequest,
                threadCpuPerRequest, 0);
    }

    /**
     * Until the JIT has compiled the hot paths: at least {@code benchmark.http.warm-up-cpu-seconds} of CPU spent on the
     * steps (on a busy machine that takes longer than the same wall time), and at least 8 s.
     */
    private static void warmUp(List<Step> steps) {
        long cpuStart = CPU.getProcessCpuTime();
        long wallEnd = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < wallEnd || CPU.getProcessCpuTime() - cpuStart < WARM_UP_CPU_SECONDS * 1_000_000_000L) {
            for (Step step : steps) {
                step.run().get();
            }
        }
    }

    /** CPU time of every live Java thread by id (service, render workers, client; not the JIT compiler or the GC). */
    static Map<Long, Long> javaThreadsCpu() {
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long time = THREADS.getThreadCpuTime(id);
            if (time > 0) {
                cpu.put(id, time);
            }
        }
        return cpu;
    }

    /**
     * CPU the Java threads used since the snapshot, thread by thread, so a render worker that ends (idle workers stop
     * after 30 s) does not take its whole history out of the sum.
     */
    static long javaThreadsCpuSince(Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> now : javaThreadsCpu().entrySet()) {
            sum += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
        }
        return sum;
    }

    private static void writeSection(String section) throws java.io.IOException {
        String old = Files.exists(REPORT) ? Files.readString(REPORT) : "# Benchmarks\n";
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        String updated;
        if (begin >= 0 && end > begin) {
            updated = old.substring(0, begin) + section + old.substring(end + END.length());
        } else {
            String marker = "<!-- measured separately; kept when the benchmark rewrites this file -->";
            int at = old.indexOf(marker);
            updated = at < 0 ? old + "\n" + marker + "\n" + section + "\n"
                    : old.substring(0, at + marker.length()) + "\n" + section + "\n" + old.substring(at + marker.length());
        }
        Files.writeString(REPORT, updated);
    }

    /** The JDK's HttpClient on HTTP/1.1 (it keeps the connection alive), to show what a heavier client adds. */
    static final class JdkClient {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;
        private final String authorization;

        JdkClient(String base, String user) {
            this.base = base;
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        int get(String path, boolean login) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (login) {
                request.header("Authorization", authorization);
            }
            return send(request.build(), path);
        }

        int post(String path, byte[] body) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), path);
        }

        private int send(HttpRequest request, String path) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                return response.body().length;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
