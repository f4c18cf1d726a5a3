package se.finsam.handlingar.render;

/**
 * Rendered bytes. {@code pages} is null for formats without pages.
 */
public record RenderedDocument(byte[] content, OutputFormat format, Integer pages, String title) {

    public String contentType() {
        return format.contentType();
    }
}
