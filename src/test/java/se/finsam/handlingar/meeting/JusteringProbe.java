package se.finsam.handlingar.meeting;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentFinishing;
import se.finsam.handlingar.render.PdfFinishing;
import tools.jackson.databind.JsonNode;

/**
 * Test-only hook into the render of a justering (the protokoll with its Bevis block): a test arms it to run something
 * while the final PDF is being rendered, between the read of the meeting and the short transaction that archives it.
 * Inert, and applying to nothing, unless armed.
 */
@Component
class JusteringProbe implements DocumentFinishing {

    private final AtomicReference<Consumer<JsonNode>> duringFinalRender = new AtomicReference<>();

    /** Runs {@code action} once, in the next justering's render. */
    void arm(Consumer<JsonNode> action) {
        duringFinalRender.set(action);
    }

    void disarm() {
        duringFinalRender.set(null);
    }

    @Override
    public boolean appliesTo(String templateId) {
        return "protokoll".equals(templateId) && duringFinalRender.get() != null;
    }

    @Override
    public PdfFinishing finishing(JsonNode data) {
        if (data.has("bevis")) {
            Consumer<JsonNode> action = duringFinalRender.getAndSet(null);
            if (action != null) {
                action.accept(data);
            }
        }
        return (document, layout) -> { };
    }
}
