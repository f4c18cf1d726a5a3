package se.finsam.handlingar.document;

import java.util.Optional;

/**
 * Lets a domain module reserve templates whose documents are records of its own flow: {@code POST /api/documents}
 * refuses them (409) and names the route that archives them, so a record cannot be archived beside its flow (a second,
 * edited "protokoll" with the same § numbers and Bevis). The module archives them with
 * {@link DocumentService#stage} / {@link DocumentService#commit} or {@link DocumentService#createRecord}.
 */
public interface RecordRoute {

    /** The route that archives documents of this template (e.g. "POST /api/meetings/{id}/justering"), or empty. */
    Optional<String> routeFor(String templateId);
}
