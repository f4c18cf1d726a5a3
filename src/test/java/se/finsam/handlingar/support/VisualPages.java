package se.finsam.handlingar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Compares a rendered page with a reviewed picture, pixel by pixel with the same tolerance as the visual regression
 * test (one changed digit fails). {@code -Dvisual.accept=true} replaces the picture after you have looked at it.
 */
public final class VisualPages {

    private static final int CHANNEL_TOLERANCE = 48;
    private static final double MAX_DIFFERING_SHARE = 0.002;

    private VisualPages() {
    }

    public static BufferedImage page(byte[] pdf, int index, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.RGB);
        }
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
        BufferedImage expected = ImageIO.read(expectedFile.toFile());
        assertThat(actual.getWidth()).as("width of " + expectedFile).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("height of " + expectedFile).isEqualTo(expected.getHeight());
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int delta = Math.max(Math.abs(((a >> 16) & 0xff) - ((e >> 16) & 0xff)),
                        Math.max(Math.abs(((a >> 8) & 0xff) - ((e >> 8) & 0xff)), Math.abs((a & 0xff) - (e & 0xff))));
                if (delta > CHANNEL_TOLERANCE) {
                    differing++;
                }
            }
        }
        double share = (double) differing / ((long) actual.getWidth() * actual.getHeight());
        assertThat(share).as("share of pixels of %s differing from %s", actualFile, expectedFile)
                .isLessThanOrEqualTo(MAX_DIFFERING_SHARE);
    }
}
