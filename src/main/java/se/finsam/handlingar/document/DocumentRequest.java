package se.finsam.handlingar.document;

import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/documents}, {@code /api/previews} and {@code /api/checks}.
 */
public record DocumentRequest(String template, String templateVersion, String format, JsonNode data) {
}
