package se.finsam.handlingar.signing;

import java.util.List;
import java.util.UUID;

/**
 * Published after a signature was archived as a new revision.
 *
 * @param document the new, signed revision
 * @param previousRevision the revision that was signed
 * @param firstRevision the first revision of the chain (the id the document was created with)
 * @param missing required fields still unsigned, in signing order; empty once the document is complete
 */
public record DocumentSigned(UUID document, UUID previousRevision, UUID firstRevision, String template, String field,
        String signer, List<String> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
