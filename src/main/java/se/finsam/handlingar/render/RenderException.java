package se.finsam.handlingar.render;

/**
 * The template's output could not be turned into the requested format.
 */
public class RenderException extends RuntimeException {

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
