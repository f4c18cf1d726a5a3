package se.finsam.handlingar.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Opens a document with LibreOffice headless and returns its text; skips the test when LibreOffice is absent. */
public final class LibreOffice {

    private LibreOffice() {
    }

    public static String toText(Path document) throws IOException, InterruptedException {
        return Files.readString(convert(document, "txt:Text (encoded):UTF8", "txt"), StandardCharsets.UTF_8);
    }

    /** The document as LibreOffice prints it to PDF. */
    public static byte[] toPdf(Path document) throws IOException, InterruptedException {
        return Files.readAllBytes(convert(document, "pdf:writer_pdf_Export", "pdf"));
    }

    /**
     * The document as LibreOffice prints it to a tagged PDF: the same pages, with a structure tree that gives the
     * text in its logical order (see {@link PdfText#inReadingOrder}).
     */
    public static byte[] toTaggedPdf(Path document) throws IOException, InterruptedException {
        return Files.readAllBytes(convert(document,
                "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}", "pdf"));
    }

    public static boolean available() {
        return find() != null;
    }

    private static Path convert(Path document, String filter, String extension) throws IOException, InterruptedException {
        String soffice = find();
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice) is not installed; install Debian package libreoffice-writer-nogui to open the DOCX");
        Path out = Files.createTempDirectory("lo-out-");
        Path profile = Files.createTempDirectory("lo-profile-");
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", filter, "--outdir", out.toString(), document.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish: " + log);
        }
        String name = document.getFileName().toString().replaceAll("\\.docx$", "." + extension);
        Path result = out.resolve(name);
        if (!Files.exists(result)) {
            throw new AssertionError("LibreOffice could not open " + document + ": " + log);
        }
        return result;
    }

    private static String find() {
        for (String candidate : new String[] {"/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
