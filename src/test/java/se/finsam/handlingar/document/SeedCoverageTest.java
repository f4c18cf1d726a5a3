package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.SeedCoverage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fixtures reproduce the seed documents: the share of each seed's words (in order, per section) found in the
 * rendered fixture must reach {@code minimum}; the report names every section that misses words and the words it
 * misses. The seeds are read from {@code ../shared/seeds/} (or {@code SEEDS_DIR}); without them the test is skipped
 * with a message, never passed silently. The PDF is read twice, by position and in the reading order of its tags, and
 * each section counts with the reading that finds most of it; page furniture, table-of-contents page numbers and the
 * seeds' extraction (tables read cell by cell, duplicated or split-off cells, footnotes at their page's foot): the
 * rules, and why each follows from how the seeds were extracted, are in {@link SeedCoverage}. Both readings are
 * written to {@code target/seed-coverage/} for a look.
 */
class SeedCoverageTest extends IntegrationTest {

    /**
     * One seed document: the fixture that reproduces it, the seed file and the lines it occupies there (1-based,
     * inclusive; 0 = to the end), and the share that must be found. 0.99 is the goal; a lower minimum is a known gap
     * (README, "Not built yet") and stops the fixture from losing more.
     */
    record Case(String fixture, String seed, int from, int to, double minimum) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static final String COMBINED = "kallelse-2024-03-22_protokoll-2023-11-30_arsredovisning-2023.txt";

    static Stream<Case> cases() {
        return Stream.of(
                // measured 2026-12-03: 100 % (the seed's own wording kept: "gick fick", "rapportera")
                new Case("kallelse-2024-03-22.json", COMBINED, 1, 41, 1.0),
                // 2026-12-03: 100 %: the head as in the seed; the attendance table read cell by cell (see SeedCoverage)
                new Case("protokoll-2023-11-30.json", COMBINED, 42, 202, 1.0),
                // 2026-12-03: 99.92 % (the signatures in the seed's order by undertecknande.ordning, the KUR table's
                // "Tillfällen", "2036 2095" found as the service groups them). Left out on purpose: "Beslutad av
                // styrelsen 2024-03-22" (an UTKAST's cover says Utkast, item 9), the TOC's "sida" label, "Kassaflöde
                // från" (RKR) for the seed's "för", "Ansvarsförbindelser" for "Ansvarförbindelser", "efter
                // balanskravsjusteringar" (RKR) for "enligt", and Målområde 2's heading, which takes its name from the
                // table above it ("&" where the heading has "och")
                new Case("arsredovisning-2023.json", COMBINED, 203, 0, 0.999),
                // 2026-12-03: 99.53 % (60.1 % read by position only). Bilaga 2 is read in the tags' reading order, the
                // seed's extraction disorder by the general rules in SeedCoverage. Left out on purpose: the chapter
                // numbers 11–13 (the service numbers chapters; the seed skips 11 and has 13 twice), the cover's logo text
                // (the förbund's name stands above the title), the eget kapital 830/781 the service corrects (831/782;
                // the stated figures stay in the data and the check shows them), "Deltagarnytta" (Målområde 3 is named
                // as in the seed's Tabell 1); not found: some indicator numbers and Målområde 5's header, whose
                // extraction is too disordered to place
                new Case("verksamhetsplan-2022-2024.json", "verksamhetsplan-2022-2024.txt", 1, 0, 0.995));
    }

    static Path seedsDir() {
        String env = System.getenv("SEEDS_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path candidate : List.of(Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fixtureReproducesItsSeed(Case c) throws IOException {
        Path dir = seedsDir();
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && Files.exists(dir.resolve(c.seed())),
                "Seed documents not found (../shared/seeds or SEEDS_DIR): coverage of " + c.fixture() + " NOT measured");
        List<String> lines = Files.readAllLines(dir.resolve(c.seed()), StandardCharsets.UTF_8);
        String seed = String.join("\n", lines.subList(c.from() - 1, c.to() == 0 ? lines.size() : c.to()));

        ObjectNode body = (ObjectNode) Api.fixtureJson(c.fixture());
        body.put("format", "pdf");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);

        String byPosition = SeedCoverage.withoutFurniture(PdfText.pages(response.body()));
        String inReadingOrder = PdfText.inReadingOrder(response.body());
        Path out = Path.of("target", "seed-coverage");
        Files.createDirectories(out);
        Files.writeString(out.resolve(c.fixture() + ".by-position.txt"), byPosition);
        Files.writeString(out.resolve(c.fixture() + ".in-reading-order.txt"), inReadingOrder);
        SeedCoverage.Result result = SeedCoverage.bestOf(seed, List.of(byPosition, inReadingOrder));
        System.out.println("Seed coverage of " + c.fixture() + ": " + result.report());
        assertThat(result.share()).as("share of the seed's words found in %s:%n%s", c.fixture(), result.report())
                .isGreaterThanOrEqualTo(c.minimum());
    }
}
