package se.finsam.handlingar.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.render.RenderedDocument;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Handlingar's warm render (the whole preview path: schema, checks, FreeMarker, layout, PDF/A + PDF/UA, finishing)
 * against LibreOffice and Chromium on the same XHTML, written to {@code docs/benchmarks.md}.
 * Not part of {@code mvn verify}: run it with {@code mvn -B test -Pbenchmark}.
 */
@Tag("benchmark")
class RenderBenchmarkTest extends IntegrationTest {

    private static final Path REPORT = Path.of("docs/benchmarks.md");

    @Autowired
    DocumentService documents;

    record Case(String name, String fixture, int warmMeasurements, int peerDocuments) {
    }

    record Result(Case input, int pages, long bytes, Measurements oneThread, double docsPerSecondTwoThreads,
            Measurements twoThreads, long allocatedPerDocument, PeerResults peers) {
    }

    @Test
    void benchmark() throws Exception {
        List<Case> cases = new ArrayList<>(List.of(new Case("kallelse", "kallelse-2024-03-22.json", 400, 20)));
        for (Case more : List.of(new Case("protokoll", "protokoll-2023-11-30.json", 200, 10),
                new Case("verksamhetsplan", "verksamhetsplan-2022-2024.json", 40, 5),
                new Case("årsredovisning", "arsredovisning-2023.json", 30, 5))) {
            if (Files.exists(Path.of("fixtures", more.fixture()))) {
                cases.add(more);
            }
        }
        Path work = Files.createTempDirectory("handlingar-bench-");
        List<Result> results = new ArrayList<>();
        for (Case input : cases) {
            results.add(run(input, work));
        }
        long heapAfterGc = heapAfterGc();
        Files.writeString(REPORT, BenchmarkReport.markdown(results, heapAfterGc) + keptSections());
        System.out.println(Files.readString(REPORT));
    }

    /** Sections measured elsewhere (jar size and start time) stay in the report from the marker on. */
    private static String keptSections() throws java.io.IOException {
        String marker = "<!-- measured separately; kept when the benchmark rewrites this file -->";
        String old = Files.exists(REPORT) ? Files.readString(REPORT) : "";
        int at = old.indexOf(marker);
        return at < 0 ? "" : "\n" + old.substring(at);
    }

    private Result run(Case input, Path work) throws Exception {
        JsonNode body = Api.fixtureJson(input.fixture());
        DocumentRequest pdf = request(body, "pdf");
        RenderedDocument sample = documents.preview(pdf).result();

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            documents.preview(pdf);
        }
        Measurements one = new Measurements();
        var threads = ManagementFactory.getThreadMXBean();
        long allocatedBefore = ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
        for (int i = 0; i < input.warmMeasurements(); i++) {
            long start = System.nanoTime();
            documents.preview(pdf);
            one.add((System.nanoTime() - start) / 1e6);
        }
        long allocated = (((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes() - allocatedBefore)
                / input.warmMeasurements();

        Measurements two = new Measurements();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        // two users: one user holds at most half the render slots (handlingar.render.max-concurrent, docs/security.md)
        for (String user : List.of("sekreterare", "kansli")) {
            workers.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, AuthorityUtils.createAuthorityList("ROLE_SEKRETERARE")));
                try {
                    while (running.get()) {
                        long s = System.nanoTime();
                        documents.preview(pdf);
                        two.add((System.nanoTime() - s) / 1e6);
                    }
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        Thread.sleep(input.warmMeasurements() > 100 ? 10_000 : 15_000);
        running.set(false);
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        RenderedDocument html = documents.preview(request(body, "html")).result();
        Path htmlFile = work.resolve(input.fixture().replace(".json", ".html"));
        Files.write(htmlFile, html.content());
        PeerResults peers = PeerResults.measure(htmlFile, input.peerDocuments(), work);
        return new Result(input, sample.pages(), sample.content().length, one, two.count() / seconds, two, allocated, peers);
    }

    private static DocumentRequest request(JsonNode body, String format) {
        return new DocumentRequest(body.get("template").asString(), null, format, body.get("data"));
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value < 10 ? "%.1f" : "%.0f", value);
    }
}
