package se.finsam.handlingar.render;

/**
 * Where an element with an id ended up: zero-based page index and a rectangle in PDF points
 * (origin bottom left, as PDFBox expects).
 */
public record PlacedBox(String id, int pageIndex, float x, float y, float width, float height) {
}
