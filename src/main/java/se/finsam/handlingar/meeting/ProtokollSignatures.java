package se.finsam.handlingar.meeting;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentFinishing;
import se.finsam.handlingar.render.PdfFinishing;
import se.finsam.handlingar.render.SignatureFields;
import tools.jackson.databind.JsonNode;

/**
 * Unsigned signature fields on the protokoll's lines for sekreterare, ordförande, each justerare and the Bevis block,
 * and on the utdrag's "Rätt utdraget intygar".
 */
@Component
class ProtokollSignatures implements DocumentFinishing {

    @Override
    public boolean appliesTo(String templateId) {
        return "protokoll".equals(templateId) || "protokollsutdrag".equals(templateId);
    }

    @Override
    public PdfFinishing finishing(JsonNode data) {
        return SignatureFields.forBoxes("signatur-.+", id -> label(id, data));
    }

    static String label(String id, JsonNode data) {
        String name = switch (id) {
            case "signatur-sekreterare" -> "Sekreterare " + data.path("sekreterare").asString("");
            case "signatur-ordforande" -> "Ordförande " + data.path("ordforande").asString("");
            case "signatur-bevis" -> "Underskrift bevis om anslag " + data.path("bevis").path("underskrift")
                    .asString(data.path("sekreterare").asString(""));
            case "signatur-intygas" -> "Rätt utdraget intygar " + data.path("intygas").asString("");
            default -> {
                if (id.startsWith("signatur-justerare-")) {
                    int index = Integer.parseInt(id.substring("signatur-justerare-".length())) - 1;
                    yield "Justerare " + data.path("justerare").path(index).asString("");
                }
                yield "Underskrift";
            }
        };
        return name.strip();
    }
}
