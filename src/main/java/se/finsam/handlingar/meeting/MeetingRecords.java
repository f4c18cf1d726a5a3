package se.finsam.handlingar.meeting;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.RecordRoute;

/**
 * A protokoll is archived only by its meeting's justering, a protokollsutdrag only from a justerat protokoll: so each
 * meeting has exactly one justerat protokoll, and {@code POST /api/documents} cannot archive an edited copy beside it.
 */
@Component
class MeetingRecords implements RecordRoute {

    @Override
    public Optional<String> routeFor(String templateId) {
        return switch (templateId) {
            case "protokoll" -> Optional.of("POST /api/meetings/{id}/justering");
            case "protokollsutdrag" -> Optional.of("POST /api/meetings/{id}/utdrag");
            default -> Optional.empty();
        };
    }
}
