package se.finsam.handlingar.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds and runs the peers: LibreOffice ({@code soffice}) and Chromium, both from Debian.
 */
final class BenchmarkPrograms {

    private BenchmarkPrograms() {
    }

    static String find(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    static List<String> chromiumFlags(String chromium, Path profile, List<String> extra) {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(extra);
        return command;
    }

    /** Runs a command to completion; returns its wall time in milliseconds. */
    static double run(List<String> command, Path workDir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("peer.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + ": " + command + "\n" + Files.readString(workDir.resolve("peer.log")));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    static List<String> libreOffice(String soffice, Path profile, Path outDir, List<Path> inputs) {
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore", "--nologo",
                "-env:UserInstallation=" + profile.toUri(), "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                "--outdir", outDir.toString()));
        inputs.forEach(p -> command.add(p.toString()));
        return command;
    }
}
