package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.TestTemplates;

/**
 * Long tables: header rows repeat on every page, no row is split between pages, and every page says "Sida X av Y".
 */
class PaginationTest extends IntegrationTest {

    @Autowired
    DocumentRenderer renderer;

    @Test
    void tableHeadersRepeatRowsStayWholeAndPagesAreNumbered() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            rows.append("<tr><td>Rad ").append(i).append(" första raden<br/>Rad ").append(i)
                    .append(" andra raden</td><td>${fmt.belopp(").append(i * 1000).append(")}</td></tr>");
        }
        var template = TestTemplates.page("Tabell", """
                <h1>Tabell</h1>
                <table><thead><tr><th>Post</th><th>Belopp i tkr</th></tr></thead><tbody>%s</tbody></table>
                """.formatted(rows), """
                @page { size: A4; margin: 20mm; @bottom-center { content: "Sida " counter(page) " av " counter(pages); } }
                table { -fs-table-paginate: paginate; border-collapse: collapse; width: 100%; }
                tr { page-break-inside: avoid; }
                """);

        RenderedDocument pdf = renderer.render(new RenderRequest(template, Map.of(), OutputFormat.PDF, null));

        List<String> pages = PdfText.pages(pdf.content());
        assertThat(pages).hasSizeGreaterThan(2);
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertThat(page).as("page %d", p + 1).contains("Post Belopp i tkr")
                    .contains("Sida " + (p + 1) + " av " + pages.size());
            for (int i = 1; i <= 120; i++) {
                assertThat(page.contains("Rad " + i + " första raden")).as("row %d whole on page %d", i, p + 1)
                        .isEqualTo(page.contains("Rad " + i + " andra raden"));
            }
        }
        assertThat(String.join("", pages).replace('\u00A0', ' ')).contains("120 000");
        assertThat(PdfConformance.pdfUa1Failures(pdf.content())).isEmpty();
    }
}
