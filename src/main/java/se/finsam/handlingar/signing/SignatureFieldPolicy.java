package se.finsam.handlingar.signing;

import java.util.List;

/**
 * How the signature fields of one kind of document are signed, supplied by the module that owns the template
 * (e.g. the protokoll: justerare, then ordförande, then sekreterare). Without a policy any field may be signed in any
 * order and every field is required.
 */
public interface SignatureFieldPolicy {

    boolean appliesTo(String templateId);

    /**
     * The fields that must be signed for the document to be complete, in the order they are to be signed; a field
     * may only be signed once every required field before it is. Fields not returned are optional and may be signed
     * at any time once the required ones are.
     */
    List<String> required(List<String> fields);

    /** The signer's role as written in the signature's box, e.g. "Justerare". */
    String role(String field);
}
