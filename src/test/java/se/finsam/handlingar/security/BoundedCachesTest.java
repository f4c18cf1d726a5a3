package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Finding 5 of the security review: 60 edit-and-preview cycles of a 1.8 MB draft took the live heap from 43 MB to
 * 498 MB, over the documented {@code -Xmx512m}. Here {@link HeapProbe} runs the service in a JVM of its own with
 * {@code -Xmx512m} and does 100 such cycles; the heap after a full GC must level off (the caches of parsed templates
 * and schemas are bounded by the size of their source) and no OutOfMemoryError may occur.
 */
class BoundedCachesTest {

    private static final int CYCLES = 100;
    private static final long MB = 1024 * 1024;

    @Test
    void aHundredEditsAndPreviewsOfALargeDraftKeepTheHeapBounded() throws Exception {
        Path log = Files.createTempFile("handlingar-heap-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                // softly reachable objects (FreeMarker's and H2's own caches) go at every GC, so what remains is held
                "-XX:SoftRefLRUPolicyMSPerMB=0", "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), Integer.toString(CYCLES)));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = probe.waitFor(20, TimeUnit.MINUTES);
        if (!ended) {
            probe.destroyForcibly();
        }
        List<String> output = Files.readAllLines(log);
        String tail = String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
        assertThat(ended).as("the probe ended in time:\n" + tail).isTrue();
        assertThat(output).as(tail).noneMatch(line -> line.contains("OutOfMemoryError"));
        assertThat(probe.exitValue()).as(tail).isZero();
        assertThat(output).contains("done");

        TreeMap<Integer, Long> heap = new TreeMap<>();
        output.stream().filter(line -> line.startsWith("heap ")).map(line -> line.split(" "))
                .forEach(p -> heap.put(Integer.parseInt(p[1]), Long.parseLong(p[2])));
        System.out.println("live heap after GC by cycle (MB): " + heap.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue() / MB).toList());
        assertThat(heap).containsKeys(0, 30, CYCLES);
        // once the caches are full (well before cycle 30) the heap stays where it is, whatever the number of edits
        long levelled = heap.get(30);
        long highest = heap.tailMap(30).values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat((highest - levelled) / MB).as("growth from cycle 30 to " + CYCLES + " (MB)").isLessThan(64);
        assertThat(heap.get(CYCLES) / MB).as("live heap after %d cycles (MB)", CYCLES).isLessThan(320);
    }
}
