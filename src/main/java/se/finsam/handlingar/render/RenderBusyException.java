package se.finsam.handlingar.render;

/**
 * Every render slot stayed taken for longer than {@code handlingar.render.max-wait}.
 */
public class RenderBusyException extends RuntimeException {

    public RenderBusyException(String message) {
        super(message);
    }
}
