package se.finsam.handlingar.distribution;

import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.signing.SignatureReport;
import se.finsam.handlingar.signing.SigningService;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A part of a bundle that carries signatures: the merged copy cannot carry them (a signature covers the bytes of its
 * own file), so the bundle names the signers and links the signed original instead.
 */
@Component
class SignedParts {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final SigningService signing;
    private final DistributionProperties properties;
    private final JsonMapper json;

    SignedParts(SigningService signing, DistributionProperties properties, JsonMapper json) {
        this.signing = signing;
        this.properties = properties;
        this.json = json;
    }

    /**
     * Adds {@code signaturer} (field, signer, signing time, whether the signature is intact and trusted) and
     * {@code signeratOriginal} (kind, id, SHA-256 and address of the signed file) to the part, when its PDF is signed.
     *
     * @param kind {@code dokument} (an archived revision) or {@code uppladdning}
     * @return whether the part is signed
     */
    boolean note(ObjectNode del, byte[] pdf, String kind, UUID id, String sha256) {
        SignatureReport report = signing.validate(pdf);
        if (report.signatures().isEmpty()) {
            return false;
        }
        ArrayNode signatures = del.putArray("signaturer");
        for (SignatureReport.Signature s : report.signatures()) {
            ObjectNode signature = signatures.addObject();
            signature.put("falt", s.field());
            signature.put("signerare", s.signer());
            if (s.signingTime() != null) {
                signature.put("tid", s.signingTime().toString());
                signature.put("datum", s.signingTime().atZone(SWEDEN).toLocalDate().toString());
            }
            signature.put("intakt", s.intact());
            signature.put("betrodd", s.trusted());
        }
        ObjectNode original = del.putObject("signeratOriginal");
        original.put("slag", kind);
        original.put("id", id.toString());
        original.put("sha256", sha256);
        original.put("adress", properties.linkBaseUrl() + ("dokument".equals(kind)
                ? "/api/documents/" + id + "/content" : "/api/distribution/uploads/" + id));
        return true;
    }

    /** The cover's view of a signed part: signers (with the day they signed) and the original's address. */
    ObjectNode cover(ObjectNode del) {
        ObjectNode cover = json.createObjectNode();
        ArrayNode signers = cover.putArray("signerare");
        del.path("signaturer").forEach(s -> {
            ObjectNode signer = signers.addObject();
            signer.put("namn", s.path("signerare").asString(s.path("falt").asString()));
            if (s.hasNonNull("datum")) {
                signer.put("datum", s.path("datum").asString());
            }
        });
        cover.set("original", del.path("signeratOriginal").deepCopy());
        return cover;
    }
}
