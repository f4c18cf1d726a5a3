package se.finsam.handlingar.document;

/**
 * Lets a module seal the final PDF of chosen templates just before it is archived (e.g. the organisation's electronic
 * seal). The archived bytes, and their hash, are the sealed ones.
 */
public interface DocumentSealing {

    boolean appliesTo(String templateId);

    /** The sealed PDF; must keep the input as a prefix (an incremental update). */
    byte[] seal(byte[] pdf);
}
