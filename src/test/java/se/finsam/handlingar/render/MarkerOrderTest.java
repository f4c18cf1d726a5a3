package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.TestTemplates;

/**
 * A footnote's marker is read before the note, and inline text keeps its order: openhtmltopdf tags the marker after
 * the note's first line, so a screen reader read "… Styrelsen har 2. beslutat att …".
 */
class MarkerOrderTest {

    @Test
    void aFootnotesMarkerIsReadBeforeItsTextAndInlineTextKeepsItsOrder() throws IOException {
        String note = "Andelen helårsekvivalenter påverkas av många saker, såsom konjunktur, regelverk, prioriteringar, "
                + "reformer <em>m.m.</em> Styrelsen har beslutat att följa utvecklingen då det är viktigt att få en "
                + "helhetsbild av hur många som står utanför arbetsmarknaden i förbundets kommuner.";
        var template = TestTemplates.page("Fotnoter", """
                <h1>Fotnoter</h1>
                <p>Individmål med helårsekvivalenter<span class="fotnot">Helårsekvivalenter är ett mått.</span> och
                andelen<span class="fotnot">%s</span> som ska minska, <strong>med fetstil</strong> och
                <em>kursiv</em> text.</p>
                """.formatted(note), """
                @page { size: A4; margin: 20mm; @footnote { border-top: 0.5pt solid #888; } }
                .fotnot { float: footnote; counter-increment: footnote; font-size: 8.5pt; }
                .fotnot::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7pt; }
                .fotnot::footnote-marker { content: counter(footnote) ". "; }
                """);

        byte[] pdf = TestRenderers.roomy().render(
                        new RenderRequest(template, Map.of(), OutputFormat.PDF, null, List.of())).content();

        String read = PdfText.inReadingOrder(pdf).replaceAll("\\s+", " ");
        assertThat(read).contains("1 . Helårsekvivalenter är ett mått.")
                .contains("2 . Andelen helårsekvivalenter påverkas")
                .contains("reformer m.m. Styrelsen har beslutat att följa")
                .contains("med fetstil och kursiv text.");
        assertThat(PdfConformance.pdfUa1Failures(pdf)).isEmpty();
    }
}
