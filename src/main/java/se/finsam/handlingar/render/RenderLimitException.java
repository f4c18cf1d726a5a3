package se.finsam.handlingar.render;

/**
 * A render went past one of its limits (time, output size, pages, nesting, recursion, memory) and was stopped.
 */
public class RenderLimitException extends RenderException {

    public RenderLimitException(String message) {
        super(message, null);
    }
}
