package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.TestTemplates;

/**
 * A table's caption is tagged inside its table, first when printed above it and last when printed below, so a screen
 * reader meets "Tabell 1 …" where a sighted reader does (openhtmltopdf tags it after the table, outside it).
 */
class TableCaptionsTest {

    @Test
    void captionIsTheTablesFirstKidAboveAndLastBelow() throws IOException {
        var template = TestTemplates.page("Tabeller", """
                <h1>Tabeller</h1>
                <table><caption>Tabell 1 Intäkter</caption>
                  <thead><tr><th scope="col">Post</th><th scope="col">Belopp</th></tr></thead>
                  <tbody><tr><td>Medlemsavgifter</td><td>11 354</td></tr></tbody></table>
                <table><caption class="under">Tabell 2 Kostnader</caption>
                  <thead><tr><th scope="col">Post</th><th scope="col">Belopp</th></tr></thead>
                  <tbody><tr><td>Personal</td><td>4 210</td></tr></tbody></table>
                """, "caption.under { caption-side: bottom; }");

        byte[] pdf = TestRenderers.roomy().render(
                new RenderRequest(template, Map.of(), OutputFormat.PDF, null, List.of())).content();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDStructureElement> tables = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), "Table", tables);
            assertThat(tables).hasSize(2);
            assertThat(kinds(tables.get(0))).as("caption above").startsWith("Caption").doesNotHaveDuplicates();
            assertThat(kinds(tables.get(1))).as("caption below").endsWith("Caption").doesNotHaveDuplicates();
            List<PDStructureElement> captions = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), "Caption", captions);
            assertThat(captions).hasSize(2).allSatisfy(c -> assertThat(c.getParent().getCOSObject())
                    .isIn(tables.stream().map(PDStructureElement::getCOSObject).toList()));
        }
        assertThat(PdfText.inReadingOrder(pdf).replaceAll("\\s+", " "))
                .contains("Tabell 1 Intäkter Post Belopp Medlemsavgifter 11 354")
                .contains("Personal 4 210 Tabell 2 Kostnader");
        assertThat(PdfConformance.pdfUa1Failures(pdf)).isEmpty();
        assertThat(PdfConformance.pdfA2uFailures(pdf)).isEmpty();
    }

    private static List<String> kinds(PDStructureElement table) {
        return table.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(k -> ((PDStructureElement) k).getStructureType()).toList();
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collect(element, type, found);
            }
        }
    }
}
