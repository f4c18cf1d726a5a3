package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.VisualPages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of {@code docs/content.md} run: each JSON block is rendered as the sections of a {@code dokument},
 * passes PDF/A-2u and PDF/UA-1, contains the words it was written with, and its first page looks like the picture the
 * documentation shows ({@code docs/content/<name>.png}).
 */
class ContentVocabularyDocsTest extends IntegrationTest {

    private static final Path DOC = Path.of("docs/content.md");
    private static final Pattern EXAMPLE = Pattern.compile("<!-- exempel: ([a-z-]+) -->\\s*```json\\n(.*?)```", Pattern.DOTALL);

    record Example(String name, String json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> examples() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            examples.add(new Example(m.group(1), m.group(2)));
            assertThat(text).as("docs/content.md shows the picture of example " + m.group(1))
                    .contains("(content/" + m.group(1) + ".png)");
        }
        assertThat(examples).extracting(Example::name).contains("rubriker", "listor", "tabell", "rutnat");
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRendersAsShown(Example example) throws IOException {
        ObjectNode data = Api.JSON.createObjectNode()
                .put("titel", "Exempel: " + example.name())
                .put("datum", "2024-03-22")
                .put("titelsida", false)
                .put("innehallsforteckning", false);
        data.set("avsnitt", Api.JSON.readTree(example.json()));
        ObjectNode body = Api.JSON.createObjectNode().put("template", "dokument").put("format", "pdf");
        body.set("data", data);

        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(PdfConformance.pdfA2uFailures(response.body())).as("PDF/A-2u").isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(response.body())).as("PDF/UA-1").isEmpty();
        String text = PdfText.of(response.body()).replace('\u00A0', ' ');
        for (JsonNode section : data.get("avsnitt")) {
            assertThat(text).contains(section.get("rubrik").asString());
        }
        VisualPages.assertFirstPageMatches(response.body(), Path.of("docs/content/" + example.name() + ".png"),
                Path.of("target/visual/docs-content/" + example.name() + ".png"));
    }
}
