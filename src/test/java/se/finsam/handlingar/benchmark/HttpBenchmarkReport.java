package se.finsam.handlingar.benchmark;

import static se.finsam.handlingar.benchmark.RenderBenchmarkTest.ms;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP benchmark's section of {@code docs/benchmarks.md}.
 */
final class HttpBenchmarkReport {

    private HttpBenchmarkReport() {
    }

    static String markdown(List<HttpBenchmarkTest.Step> steps, Map<String, Measurements> single, Map<String, Measurements> cpu,
            Map<String, Measurements> processCpu, List<HttpBenchmarkTest.Throughput> throughput, int rounds) {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder(HttpBenchmarkTest.BEGIN).append('\n');
        md.append("## Over HTTP: kallelse end to end\n\n");
        md.append("Produced by `mvn -B test -Pbenchmark` (`HttpBenchmarkTest`) on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(": ").append(cores)
                .append(" cores shared by the clients and the service, JDK ").append(System.getProperty("java.version"))
                .append(", load average ").append(String.format(Locale.ROOT, "%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" at the end (above ").append(cores).append(" means other programs took CPU too; then the wall "
                        + "times below are inflated, the CPU times much less). The service runs on Tomcat on 127.0.0.1; "
                        + "each client holds one keep-alive HTTP/1.1 connection (a minimal blocking client, so the client "
                        + "costs next to nothing) with HTTP Basic credentials, as an integrating system would. The steps "
                        + "were measured interleaved, ").append(rounds)
                .append(" rounds after a warm-up, so machine load hits them alike. CPU per request is the CPU time of "
                        + "all Java threads (service, render workers and the client, which share the JVM), averaged: the "
                        + "work itself. Process CPU adds the garbage collector and the JIT compiler.\n\n");
        md.append("| step | what it includes | median | p95 | CPU per request | process CPU |\n|---|---|---|---|---|---|\n");
        for (HttpBenchmarkTest.Step step : steps) {
            Measurements m = single.get(step.name());
            md.append("| ").append(step.name()).append(" | ").append(step.what()).append(" | ")
                    .append(ms(m.median())).append(" ms | ").append(ms(m.p95())).append(" ms | ")
                    .append(ms2(cpu.get(step.name()).mean())).append(" ms | ")
                    .append(ms2(processCpu.get(step.name()).mean())).append(" ms |\n");
        }
        double wall = median(single, "HTTP preview") - median(single, "in-process preview");
        double cpuOverhead = mean(cpu, "HTTP preview") - mean(cpu, "in-process preview");
        md.append("\nOverhead of HTTP per kallelse (HTTP preview − in-process preview): **")
                .append(String.format(Locale.ROOT, "%.1f ms", wall)).append("** wall (medians), **")
                .append(String.format(Locale.ROOT, "%.2f ms", cpuOverhead)).append("** CPU (means). Where it goes, "
                        + "from the CPU column: connection, Tomcat, filters and MVC (HTTP health) ")
                .append(ms2(mean(cpu, "HTTP health"))).append(" ms; login, body binding and a JSON answer (HTTP login "
                        + "+ small JSON − HTTP health) ")
                .append(ms2(mean(cpu, "HTTP login + small JSON") - mean(cpu, "HTTP health")))
                .append(" ms; the rest (reading the 3 kB body, writing the PDF; near zero is noise) ")
                .append(ms2(cpuOverhead - mean(cpu, "HTTP login + small JSON"))).append(" ms. Profile and analysis: "
                        + "`docs/performance.md` (\"Over HTTP\").\n\n");
        md.append("| clients (keep-alive) | requests | kallelse/s | p50 | p95 | CPU per request | process CPU | "
                + "CPU-bound capacity on ").append(cores).append(" cores | errors |\n|---|---|---|---|---|---|---|---|---|\n");
        for (HttpBenchmarkTest.Throughput t : throughput) {
            md.append("| ").append(t.clients()).append(" | ").append(t.requests()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", t.perSecond())).append(" | ")
                    .append(ms(t.latency().median())).append(" ms | ").append(ms(t.latency().p95())).append(" ms | ")
                    .append(ms2(t.threadCpuPerRequest())).append(" ms | ").append(ms2(t.cpuPerRequest())).append(" ms | ")
                    .append(String.format(Locale.ROOT, "%.0f/s", cores * 1000 / t.cpuPerRequest())).append(" | ")
                    .append(t.errors()).append(" |\n");
        }
        HttpBenchmarkTest.Throughput two = throughput.get(0);
        md.append("\nCPU-bound capacity = cores × 1000 ms ÷ process CPU per request: the rate the service reaches when it has "
                + "the cores to itself. One user holds at most half the render slots (`handlingar.render.max-concurrent`, "
                + "docs/security.md), so one account with two clients gets one slot on 2 cores.\n\n");
        // two blocking clients leave the cores idle while each waits for its answer; more clients keep them busy
        HttpBenchmarkTest.Throughput best = throughput.stream().filter(t -> !t.clients().startsWith("in-process"))
                .max(java.util.Comparator.comparingDouble(HttpBenchmarkTest.Throughput::perSecond)).orElse(two);
        md.append("- ≥ 150 kallelse/s over HTTP on 2 cores, measured: **")
                .append(best.perSecond() >= 150 ? "met" : "missed").append("** (")
                .append(String.format(Locale.ROOT, "%.1f/s with %s; %.1f/s with %s)", best.perSecond(), best.clients(),
                        two.perSecond(), two.clients())).append("\n");
        double ratio = mean(cpu, "HTTP preview") / mean(cpu, "in-process preview");
        md.append("- CPU of a kallelse over HTTP ÷ in-process: ").append(String.format(Locale.ROOT, "%.2f", ratio))
                .append(" (the in-process rate divided by this is what HTTP allows on the same cores)\n");
        md.append("- the same, CPU-bound capacity: **").append(cores * 1000 / two.cpuPerRequest() >= 150 ? "met" : "missed")
                .append("** (").append(String.format(Locale.ROOT, "%.0f/s", cores * 1000 / two.cpuPerRequest()))
                .append(")\n");
        md.append(HttpBenchmarkTest.END);
        return md.toString();
    }

    private static double median(Map<String, Measurements> m, String step) {
        return m.get(step).median();
    }

    private static double mean(Map<String, Measurements> m, String step) {
        return m.get(step).mean();
    }

    private static String ms2(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
