package se.finsam.handlingar.meeting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.signing.SignatureFieldPolicy;

/**
 * The protokoll is signed by the justerare first, then the ordförande, then the sekreterare where the template has a
 * line for one; the Bevis signature (the anslag) is optional and comes after. The utdrag's "Rätt utdraget intygar" is
 * its only required field.
 */
@Component
class ProtokollSigningOrder implements SignatureFieldPolicy {

    @Override
    public boolean appliesTo(String templateId) {
        return "protokoll".equals(templateId) || "protokollsutdrag".equals(templateId);
    }

    @Override
    public List<String> required(List<String> fields) {
        List<String> order = new ArrayList<>();
        fields.stream().filter(f -> f.startsWith("signatur-justerare-")).sorted().forEach(order::add);
        for (String f : List.of("signatur-ordforande", "signatur-sekreterare", "signatur-intygas")) {
            if (fields.contains(f)) {
                order.add(f);
            }
        }
        return order;
    }

    @Override
    public String role(String field) {
        if (field.startsWith("signatur-justerare-")) {
            return "Justerare";
        }
        return switch (field) {
            case "signatur-ordforande" -> "Ordförande";
            case "signatur-sekreterare" -> "Sekreterare";
            case "signatur-bevis" -> "Bevis om anslag";
            case "signatur-intygas" -> "Rätt utdraget intygar";
            default -> null;
        };
    }
}
