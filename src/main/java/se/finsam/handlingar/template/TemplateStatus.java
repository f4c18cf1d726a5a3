package se.finsam.handlingar.template;

public enum TemplateStatus {
    /** Editable; renders through the version preview endpoint only. */
    DRAFT,
    /** Frozen: never changes again, and documents may name it. */
    PUBLISHED
}
