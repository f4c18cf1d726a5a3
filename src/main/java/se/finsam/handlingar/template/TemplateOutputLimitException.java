package se.finsam.handlingar.template;

/** The template's output grew past the limit the caller set. */
public class TemplateOutputLimitException extends TemplateRenderException {

    public TemplateOutputLimitException(String message, String file) {
        super(message, file, null, null, null);
    }
}
