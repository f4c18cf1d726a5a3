package se.finsam.handlingar.benchmark;

import static se.finsam.handlingar.benchmark.RenderBenchmarkTest.ms;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the benchmark results as Markdown, with the targets of issue 8 marked met or missed.
 */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String markdown(List<RenderBenchmarkTest.Result> results, long heapAfterGc) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Produced by `mvn -B test -Pbenchmark` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(": ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB. ")
                .append("Handlingar renders through the whole preview path (schema, checks, FreeMarker, layout, "
                        + "PDF/A-2u + PDF/UA-1, finishing); the peers convert the same self-contained XHTML that "
                        + "Handlingar's `html` format produces. All numbers come from one run, so compare ratios, not "
                        + "absolute times, across machines.\n\n");
        md.append("| document | pages | Handlingar warm median / p95 (1 thread) | Handlingar docs/s, pages/s (2 threads) | "
                + "p50 / p95 (2 threads) | allocated per doc | LibreOffice cold median | LibreOffice warm per doc | "
                + "Chromium cold median | Chromium warm median |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (RenderBenchmarkTest.Result r : results) {
            PeerResults p = r.peers();
            md.append("| ").append(r.input().name()).append(" | ").append(r.pages()).append(" | ")
                    .append(ms(r.oneThread().median())).append(" / ").append(ms(r.oneThread().p95())).append(" ms | ")
                    .append(String.format(Locale.ROOT, "%.1f, %.1f", r.docsPerSecondTwoThreads(), r.docsPerSecondTwoThreads() * r.pages()))
                    .append(" | ").append(ms(r.twoThreads().median())).append(" / ").append(ms(r.twoThreads().p95())).append(" ms | ")
                    .append(r.allocatedPerDocument() / (1024 * 1024)).append(" MB | ")
                    .append(ms(p.libreOfficeCold().median())).append(" ms | ")
                    .append(ms(p.libreOfficeWarmPerDocument())).append(" ms | ")
                    .append(ms(p.chromiumCold().median())).append(" ms | ")
                    .append(ms(p.chromiumWarm().median())).append(" ms |\n");
        }
        md.append("\nHeap in use after the run and a GC: ").append(heapAfterGc / (1024 * 1024)).append(" MB.\n\n");

        md.append("## Ratios (peer median ÷ Handlingar median, one thread)\n\n");
        md.append("| document | vs LibreOffice cold | vs LibreOffice warm | vs Chromium cold | vs Chromium warm |\n|---|---|---|---|---|\n");
        for (RenderBenchmarkTest.Result r : results) {
            double h = r.oneThread().median();
            PeerResults p = r.peers();
            md.append("| ").append(r.input().name()).append(" | ").append(ratio(p.libreOfficeCold().median(), h))
                    .append(" | ").append(ratio(p.libreOfficeWarmPerDocument(), h)).append(" | ")
                    .append(ratio(p.chromiumCold().median(), h)).append(" | ").append(ratio(p.chromiumWarm().median(), h))
                    .append(" |\n");
        }

        md.append("\n## Targets (issue 8)\n\n");
        RenderBenchmarkTest.Result kallelse = results.get(0);
        target(md, "≥ 150 kallelse/s on 2 cores", kallelse.docsPerSecondTwoThreads() >= 150,
                String.format(Locale.ROOT, "%.1f/s", kallelse.docsPerSecondTwoThreads()));
        for (RenderBenchmarkTest.Result r : results) {
            PeerResults p = r.peers();
            double h = r.oneThread().median();
            String doc = r.input().name() + ": ";
            target(md, doc + "≥ 5× faster than warm LibreOffice", p.libreOfficeWarmPerDocument() / h >= 5, ratio(p.libreOfficeWarmPerDocument(), h));
            target(md, doc + "≥ 5× faster than warm Chromium", p.chromiumWarm().median() / h >= 5, ratio(p.chromiumWarm().median(), h));
            target(md, doc + "≥ 30× faster than cold LibreOffice", p.libreOfficeCold().median() / h >= 30, ratio(p.libreOfficeCold().median(), h));
            target(md, doc + "≥ 30× faster than cold Chromium", p.chromiumCold().median() / h >= 30, ratio(p.chromiumCold().median(), h));
        }
        PeerResults kp = kallelse.peers();
        results.stream().filter(r -> r.input().name().startsWith("årsredovisning")).findFirst().ifPresentOrElse(
                r -> target(md, "årsredovisning ≤ 250 ms warm", r.oneThread().median() <= 250, ms(r.oneThread().median()) + " ms"),
                () -> md.append("- årsredovisning ≤ 250 ms warm: not measured (no `fixtures/arsredovisning-2023.json` yet)\n"));

        md.append("\nThe peers do less work than Handlingar: their PDFs are not PDF/A and not checked PDF/UA (in "
                + "openhtmltopdf, PDF/UA tagging alone roughly doubles the render time), and they leave out "
                + "target-counter page numbers (LibreOffice also the margin boxes: running headers, \"Sida X av Y\"). Profiling and the fixes behind these numbers, with "
                + "before/after, and what limits the long reports: `docs/performance.md`.\n");
        md.append("\n## Peers\n\n- LibreOffice: ").append(kp.libreOfficeVersion()).append("\n- Chromium: ")
                .append(kp.chromiumVersion()).append('\n');
        kp.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    private static String ratio(double peer, double handlingar) {
        return Double.isNaN(peer) ? "–" : String.format(Locale.ROOT, "%.1f×", peer / handlingar);
    }

    private static void target(StringBuilder md, String target, boolean met, String measured) {
        md.append("- ").append(target).append(": **").append(met ? "met" : "missed").append("** (").append(measured).append(")\n");
    }
}
