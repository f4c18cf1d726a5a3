package se.finsam.handlingar.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void paragraphsListsAndEmphasis() {
        String xhtml = RichText.toXhtml("Första stycket med *kursiv* och **fet** text.\n\nAndra stycket:\n\n- ett\n- två");
        assertThat(xhtml).contains("<p>Första stycket med <em>kursiv</em> och <strong>fet</strong> text.</p>")
                .contains("<p>Andra stycket:</p>")
                .contains("<ul>\n<li>ett</li>\n<li>två</li>\n</ul>");
    }

    @Test
    void rawHtmlIsEscapedAndLinksAndImagesBecomeText() {
        String xhtml = RichText.toXhtml("<script>alert(1)</script> [länk](http://example.org) ![bild](file:///etc/passwd)");
        assertThat(xhtml).doesNotContain("<script").contains("&lt;script&gt;")
                .doesNotContain("<a ").doesNotContain("<img").doesNotContain("http://").doesNotContain("file:")
                .contains("länk").contains("bild");
    }

    @Test
    void headingsAreNotPartOfFreeText() {
        assertThat(RichText.toXhtml("# Rubrik")).doesNotContain("<h1>").contains("# Rubrik");
    }

    @Test
    void blankTextGivesNothing() {
        assertThat(RichText.toXhtml(null)).isEmpty();
        assertThat(RichText.toXhtml("  \n ")).isEmpty();
    }

    @Test
    void footnotesSitOnTheirWordAndSwedishTypographyIsApplied() {
        String xhtml = RichText.toXhtml("Stödet^[Enligt *lagen*.] gäller \"alla\" d.v.s. 1 -10 personer, § 47 och 2 036 tkr den 2023-11-30 och 2025-2027.");
        assertThat(xhtml).contains("Stödet<span class=\"fotnot\">Enligt <em>lagen</em>.</span> gäller")
                .contains("<span class=\"hel\">\u201Dalla</span>\u201D")
                .contains("<span class=\"hel\">d.v.s.</span>")
                .contains("<span class=\"hel\">1–10</span>")
                .contains("§ 47").contains("2 036 tkr")
                .contains("2023-11-30").contains("2025–2027");
        assertThat(RichText.footnotes("a^[b] c^[d [e]]")).containsExactly("b", "d [e]");
        assertThat(RichText.inlineXhtml("*kort*")).isEqualTo("<em>kort</em>");
    }
}
