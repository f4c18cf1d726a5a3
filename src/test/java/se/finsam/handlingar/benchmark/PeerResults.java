package se.finsam.handlingar.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * LibreOffice and Chromium converting the same HTML: cold (a new process per document) and warm (LibreOffice
 * converting a batch in one process; Chromium kept running and printing through DevTools).
 */
record PeerResults(String libreOfficeVersion, Measurements libreOfficeCold, double libreOfficeWarmPerDocument,
        String chromiumVersion, Measurements chromiumCold, Measurements chromiumWarm, List<String> notes) {

    private static final int COLD_RUNS = 5;

    static PeerResults measure(Path html, int documents, Path work) throws Exception {
        List<String> notes = new ArrayList<>();
        String soffice = BenchmarkPrograms.find("soffice", "libreoffice");
        Measurements loCold = new Measurements();
        double loWarm = Double.NaN;
        String loVersion = "not installed (Debian package libreoffice-writer-nogui)";
        if (soffice != null) {
            loVersion = version(soffice, work);
            Path profile = Files.createTempDirectory(work, "lo-profile-");
            Path out = Files.createDirectories(work.resolve("lo-out"));
            BenchmarkPrograms.run(BenchmarkPrograms.libreOffice(soffice, profile, out, List.of(html)), work);
            for (int i = 0; i < COLD_RUNS; i++) {
                loCold.add(BenchmarkPrograms.run(BenchmarkPrograms.libreOffice(soffice, profile, out, List.of(html)), work));
            }
            List<Path> batch = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                Path copy = work.resolve("batch-" + i + ".html");
                Files.copy(html, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                batch.add(copy);
            }
            loWarm = BenchmarkPrograms.run(BenchmarkPrograms.libreOffice(soffice, profile, out, batch), work) / documents;
            notes.add("LibreOffice warm = one process converting " + documents
                    + " documents, per document including its start-up share; it ignores @page margin boxes and target-counter.");
        } else {
            notes.add("LibreOffice not installed: install Debian package libreoffice-writer-nogui to compare.");
        }

        String chromium = BenchmarkPrograms.find("chromium", "chromium-browser");
        Measurements chCold = new Measurements();
        Measurements chWarm = new Measurements();
        String chVersion = "not installed (Debian package chromium)";
        if (chromium != null) {
            chVersion = version(chromium, work);
            for (int i = 0; i < COLD_RUNS + 1; i++) {
                Path profile = Files.createTempDirectory(work, "ch-cold-");
                double millis = BenchmarkPrograms.run(BenchmarkPrograms.chromiumFlags(chromium, profile, List.of(
                        "--no-pdf-header-footer", "--print-to-pdf=" + work.resolve("chromium.pdf"), html.toUri().toString())), work);
                if (i > 0) {
                    chCold.add(millis);
                }
            }
            try (ChromeDevTools devTools = ChromeDevTools.start(chromium, Files.createTempDirectory(work, "ch-warm-"))) {
                for (int i = 0; i < 3; i++) {
                    devTools.print(html);
                }
                for (int i = 0; i < documents; i++) {
                    long start = System.nanoTime();
                    devTools.print(html);
                    chWarm.add((System.nanoTime() - start) / 1e6);
                }
            }
            notes.add("Chromium warm = one browser kept running, navigate + Page.printToPDF per document; it prints "
                    + "\"Sida X av Y\" but not target-counter.");
        } else {
            notes.add("Chromium not installed: install Debian package chromium to compare.");
        }
        return new PeerResults(loVersion, loCold, loWarm, chVersion, chCold, chWarm, notes);
    }

    private static String version(String program, Path work) {
        try {
            Path log = work.resolve("version.log");
            new ProcessBuilder(program, "--version").redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
            return Files.readAllLines(log).stream().filter(l -> l.matches("(?i).*(chromium|libreoffice).*\\d+\\.\\d+.*"))
                    .findFirst().orElse(program).strip();
        } catch (Exception e) {
            return program;
        }
    }
}
