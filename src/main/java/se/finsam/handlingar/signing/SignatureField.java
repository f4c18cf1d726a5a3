package se.finsam.handlingar.signing;

import java.time.Instant;

/**
 * A signature field of an archived document and whether it is signed (in the newest revision).
 *
 * @param label the field's accessible name, e.g. "Justerare Mikael Broman"
 * @param required the document is complete only once this field is signed
 */
public record SignatureField(String field, String label, boolean required, boolean signed, String signer,
        Instant signedAt) {
}
