package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.TestTemplates;

class SignatureFieldsTest extends IntegrationTest {

    @Autowired
    DocumentRenderer renderer;

    @Test
    void putsUnsignedVisibleFieldsWhereTheTemplateLeftBoxesAndStaysPdfAAndUa() throws IOException {
        var template = TestTemplates.page("Underskrifter", """
                <h1>Underskrifter</h1>
                <p style="margin-top: 40mm">Ordförande</p><div class="sig" id="signatur-ordforande"></div>
                <div style="page-break-before: always"></div>
                <p style="margin-top: 40mm">Justerare</p><div class="sig" id="signatur-justerare"></div>
                """, ".sig { display: inline-block; width: 70mm; height: 18mm; }");
        Map<String, String> labels = Map.of("signatur-ordforande", "Ordförande Peter Vigren",
                "signatur-justerare", "Justerare Mikael Broman");

        RenderedDocument pdf = renderer.render(new RenderRequest(template, Map.of(), OutputFormat.PDF, null,
                List.of(SignatureFields.forBoxes("signatur-.*", labels::get))));

        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
            assertThat(fields).extracting(PDField::getPartialName)
                    .containsExactly("signatur-ordforande", "signatur-justerare");
            assertThat(fields).allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDSignatureField.class);
                assertThat(((PDSignatureField) f).getValue()).as("unsigned").isNull();
                assertThat(f.getWidgets().get(0).isPrinted()).isTrue();
                assertThat(f.getWidgets().get(0).getAppearance().getNormalAppearance()).isNotNull();
            });
            assertThat(fields.get(0).getAlternateFieldName()).isEqualTo("Ordförande Peter Vigren");
            PDRectangle first = fields.get(0).getWidgets().get(0).getRectangle();
            assertThat(first.getWidth()).isCloseTo(70 / 25.4f * 72, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getHeight()).isCloseTo(18 / 25.4f * 72, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getUpperRightY()).as("box near the top of the page, in PDF coordinates")
                    .isBetween(842f - 300f, 842f);
            assertThat(document.getPage(0).getAnnotations()).hasSize(1);
            assertThat(document.getPage(1).getAnnotations()).hasSize(1);
        }
        assertThat(PdfConformance.pdfA2uFailures(pdf.content())).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pdf.content())).isEmpty();
    }
}
