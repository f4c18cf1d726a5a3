package se.finsam.handlingar.signing;

import java.time.Instant;
import java.util.List;

/**
 * What the signatures of one PDF prove.
 *
 * @param modifiedAfterLastSignature bytes after the end of the last signed revision (an unsigned change)
 */
public record SignatureReport(List<Signature> signatures, boolean modifiedAfterLastSignature) {

    /**
     * @param field the signature field's name
     * @param signer the signing certificate's common name
     * @param signingTime the time the signer claims
     * @param intact the signed bytes are unchanged and the signature value matches the certificate's key
     * @param trusted the certificate chains up to one of {@code handlingar.signing.trust-anchors}
     * @param coversWholeRevision the signature covers everything in the file up to the end of its revision
     * @param timestamp the time of an RFC 3161 signature timestamp, null without one
     * @param indication DSS's verdict under its default policy; without revocation data a trusted, intact signature
     *                   is {@code INDETERMINATE} (revocation is not checked here)
     */
    public record Signature(String field, String signer, Instant signingTime, boolean intact, boolean trusted,
            boolean coversWholeRevision, Instant timestamp, String indication, String subIndication) {
    }
}
