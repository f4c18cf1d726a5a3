package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders every document fixture, rasterises its pages at 96 DPI and compares them with the reviewed baselines under
 * {@code src/test/resources/visual/<fixture>/}. On a difference it writes actual, expected and diff PNGs to
 * {@code target/visual/}; a missing baseline writes the actual pages there and fails. After looking at them, accept
 * new pages with {@code mvn -B verify -Dvisual.accept=true}.
 */
class VisualRegressionTest extends IntegrationTest {

    private static final Path BASELINES = Path.of("src/test/resources/visual");
    private static final Path OUTPUT = Path.of("target/visual");
    private static final int CHANNEL_TOLERANCE = 48;
    private static final double MAX_DIFFERING_SHARE = 0.002;

    static Stream<String> documentFixtures() throws IOException {
        return FixtureConformanceTest.documentFixtures();
    }

    @ParameterizedTest
    @MethodSource("documentFixtures")
    void pagesLookAsReviewed(String fixture) throws IOException {
        ObjectNode body = (ObjectNode) Api.fixtureJson(fixture);
        body.put("format", "pdf");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);

        String name = fixture.replace(".json", "");
        List<BufferedImage> pages = rasterise(response.body());
        Path baselineDir = BASELINES.resolve(name);
        Path outputDir = OUTPUT.resolve(name);
        Files.createDirectories(outputDir);
        for (int i = 0; i < pages.size(); i++) {
            ImageIO.write(pages.get(i), "png", outputDir.resolve(page(i)).toFile());
        }
        if (Boolean.getBoolean("visual.accept")) {
            accept(outputDir, baselineDir, pages.size());
            return;
        }
        if (!Files.isDirectory(baselineDir)) {
            fail("No baseline for %s: the rendered pages are in %s. Look at them, then accept with -Dvisual.accept=true.",
                    fixture, outputDir);
        }
        long expectedPages;
        try (Stream<Path> files = Files.list(baselineDir)) {
            expectedPages = files.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertThat(pages).as("page count of %s", fixture).hasSize((int) expectedPages);

        List<String> differences = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage expected = ImageIO.read(baselineDir.resolve(page(i)).toFile());
            String difference = compare(expected, pages.get(i), outputDir.resolve("diff-" + page(i)));
            if (difference != null) {
                differences.add(page(i) + ": " + difference);
            }
        }
        assertThat(differences).as("pages of %s differing from %s (see %s)", fixture, baselineDir, outputDir).isEmpty();
    }

    private static String page(int index) {
        return "page-%02d.png".formatted(index + 1);
    }

    private static List<BufferedImage> rasterise(byte[] pdf) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, 96, ImageType.RGB));
            }
        }
        return pages;
    }

    private static String compare(BufferedImage expected, BufferedImage actual, Path diffFile) throws IOException {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return "size %dx%d instead of %dx%d".formatted(actual.getWidth(), actual.getHeight(), expected.getWidth(),
                    expected.getHeight());
        }
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int delta = Math.max(Math.abs(((a >> 16) & 0xff) - ((e >> 16) & 0xff)),
                        Math.max(Math.abs(((a >> 8) & 0xff) - ((e >> 8) & 0xff)), Math.abs((a & 0xff) - (e & 0xff))));
                if (delta > CHANNEL_TOLERANCE) {
                    differing++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    diff.setRGB(x, y, (e & 0xfefefe) >> 1 | 0x808080);
                }
            }
        }
        double share = (double) differing / ((long) actual.getWidth() * actual.getHeight());
        if (share <= MAX_DIFFERING_SHARE) {
            return null;
        }
        ImageIO.write(diff, "png", diffFile.toFile());
        return "%.3f %% of the pixels differ".formatted(share * 100);
    }

    private static void accept(Path outputDir, Path baselineDir, int pages) throws IOException {
        if (Files.isDirectory(baselineDir)) {
            try (Stream<Path> old = Files.list(baselineDir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(baselineDir);
        for (int i = 0; i < pages; i++) {
            Files.copy(outputDir.resolve(page(i)), baselineDir.resolve(page(i)), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
