package se.finsam.handlingar.document;

import tools.jackson.databind.JsonNode;

/**
 * Bytes produced outside the render pipeline, to be archived with {@link DocumentService#archiveProduced}.
 *
 * @param template the published template the bytes belong to (its version is recorded)
 * @param templateVersion null for the newest published version
 * @param format file extension, e.g. "pdf"
 * @param data the snapshot stored beside the bytes (what they were built from)
 */
public record ProducedDocument(String template, String templateVersion, String format, String contentType,
        String title, byte[] content, Integer pages, JsonNode data) {
}
