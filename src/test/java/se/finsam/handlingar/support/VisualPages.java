package se.finsam.handlingar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Compares rendered pages with reviewed pictures. A pixel differs when a colour channel moves by more than
 * {@value #CHANNEL_TOLERANCE}; a page differs when more than {@value #MAX_BLOCK_PIXELS} differing pixels fall in one
 * {@value #BLOCK}×{@value #BLOCK} pixel square (about 3 mm at 96 DPI, smaller than one digit) or more than 0.2 % of
 * the page differs. Anti-aliasing noise is scattered; a changed digit, word or rule is not, so one changed digit fails
 * ({@code VisualComparisonTest} proves it). {@code -Dvisual.accept=true} replaces the pictures after you looked at them.
 */
public final class VisualPages {

    static final int CHANNEL_TOLERANCE = 48;
    static final int BLOCK = 12;
    static final int MAX_BLOCK_PIXELS = 4;
    private static final double MAX_DIFFERING_SHARE = 0.002;

    private VisualPages() {
    }

    /** How a page differs from its picture: a sentence and an image with the differing pixels in red. */
    public record Difference(String description, BufferedImage diff) {
    }

    public static BufferedImage page(byte[] pdf, int index, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.RGB);
        }
    }

    public static List<BufferedImage> pages(byte[] pdf, float dpi) throws IOException {
        return pages(pdf, dpi, ImageType.RGB);
    }

    public static List<BufferedImage> pages(byte[] pdf, float dpi, ImageType type) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, type));
            }
        }
        return pages;
    }

    public static Optional<Difference> compare(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return Optional.of(new Difference("size %dx%d instead of %dx%d".formatted(actual.getWidth(),
                    actual.getHeight(), expected.getWidth(), expected.getHeight()), actual));
        }
        int width = actual.getWidth();
        int height = actual.getHeight();
        BufferedImage diff = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[][] blocks = new int[(height + BLOCK - 1) / BLOCK][(width + BLOCK - 1) / BLOCK];
        long differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int delta = Math.max(Math.abs(((a >> 16) & 0xff) - ((e >> 16) & 0xff)),
                        Math.max(Math.abs(((a >> 8) & 0xff) - ((e >> 8) & 0xff)), Math.abs((a & 0xff) - (e & 0xff))));
                if (delta > CHANNEL_TOLERANCE) {
                    differing++;
                    blocks[y / BLOCK][x / BLOCK]++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    diff.setRGB(x, y, (e & 0xfefefe) >> 1 | 0x808080);
                }
            }
        }
        int worst = 0;
        int worstX = 0;
        int worstY = 0;
        for (int by = 0; by < blocks.length; by++) {
            for (int bx = 0; bx < blocks[by].length; bx++) {
                if (blocks[by][bx] > worst) {
                    worst = blocks[by][bx];
                    worstX = bx * BLOCK;
                    worstY = by * BLOCK;
                }
            }
        }
        double share = (double) differing / ((long) width * height);
        if (share <= MAX_DIFFERING_SHARE && worst <= MAX_BLOCK_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(new Difference("%.3f %% of the pixels differ; %d in the %d px square at x=%d, y=%d"
                .formatted(share * 100, worst, BLOCK, worstX, worstY), diff));
    }

    /**
     * All pages against the reviewed pictures {@code page-NN.png} in {@code baselineDir}; the rendered pages (and a
     * diff per differing page) go to {@code outputDir}. With {@code -Dvisual.accept=true} the pictures are replaced.
     */
    public static void assertPagesMatch(List<BufferedImage> pages, Path baselineDir, Path outputDir, String what)
            throws IOException {
        Files.createDirectories(outputDir);
        for (int i = 0; i < pages.size(); i++) {
            ImageIO.write(pages.get(i), "png", outputDir.resolve(pageFile(i)).toFile());
        }
        if (Boolean.getBoolean("visual.accept")) {
            if (Files.isDirectory(baselineDir)) {
                try (Stream<Path> old = Files.list(baselineDir)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(baselineDir);
            for (int i = 0; i < pages.size(); i++) {
                Files.copy(outputDir.resolve(pageFile(i)), baselineDir.resolve(pageFile(i)), StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        if (!Files.isDirectory(baselineDir)) {
            fail("No baseline for %s: the rendered pages are in %s. Look at them, then accept with -Dvisual.accept=true.",
                    what, outputDir);
        }
        long expectedPages;
        try (Stream<Path> files = Files.list(baselineDir)) {
            expectedPages = files.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertThat(pages).as("page count of %s", what).hasSize((int) expectedPages);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage expected = ImageIO.read(baselineDir.resolve(pageFile(i)).toFile());
            Optional<Difference> difference = compare(expected, pages.get(i));
            if (difference.isPresent()) {
                ImageIO.write(difference.get().diff(), "png", outputDir.resolve("diff-" + pageFile(i)).toFile());
                differences.add(pageFile(i) + ": " + difference.get().description());
            }
        }
        assertThat(differences).as("pages of %s differing from %s (see %s)", what, baselineDir, outputDir).isEmpty();
    }

    private static String pageFile(int index) {
        return "page-%02d.png".formatted(index + 1);
    }

    public static void assertFirstPageMatches(byte[] pdf, Path expectedFile, Path actualFile) throws IOException {
        BufferedImage actual = page(pdf, 0, 96);
        Files.createDirectories(actualFile.getParent());
        ImageIO.write(actual, "png", actualFile.toFile());
        if (Boolean.getBoolean("visual.accept")) {
            Files.createDirectories(expectedFile.getParent());
            Files.copy(actualFile, expectedFile, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("No reviewed picture %s: the rendered page is %s. Look at it, then accept with -Dvisual.accept=true.",
                    expectedFile, actualFile);
        }
        Optional<Difference> difference = compare(ImageIO.read(expectedFile.toFile()), actual);
        if (difference.isPresent()) {
            Path diffFile = actualFile.resolveSibling("diff-" + actualFile.getFileName());
            ImageIO.write(difference.get().diff(), "png", diffFile.toFile());
            fail("%s differs from %s: %s (see %s)", actualFile, expectedFile, difference.get().description(), diffFile);
        }
    }
}
