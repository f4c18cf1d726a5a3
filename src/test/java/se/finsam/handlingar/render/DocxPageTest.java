package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DocxPageTest {

    private static final Map<String, String> FILES = Map.of(
            "shared/hus.css", "@page { margin: 25mm 20mm; @top-left { content: element(sidhuvud); } }\n"
                    + "@page :first { @top-left { content: none; } }",
            "style.css", "@page :first { @top-left { content: element(sidhuvud); } }");

    @Test
    void theLaterLinkedStylesheetDecidesTheFirstPage() {
        assertThat(DocxPage.from(FILES, List.of("shared/hus.css", "style.css")).noHeaderOnFirst())
                .as("the template's own header on page 1 after the house style's none").isFalse();
        assertThat(DocxPage.from(FILES, List.of("style.css", "shared/hus.css")).noHeaderOnFirst())
                .as("the house style linked last").isTrue();
        assertThat(DocxPage.from(Map.of("shared/hus.css", FILES.get("shared/hus.css")), List.of("shared/hus.css"))
                .noHeaderOnFirst()).isTrue();
    }
}
