package se.finsam.handlingar.template;


import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Free text in documents: paragraphs separated by a blank line, bullet ({@code - }) and numbered ({@code 1. })
 * lists, {@code *kursiv*}, {@code **fet**} and footnotes written in place as {@code ^[fotnotens text]}. Headings, raw
 * HTML, links and images are not part of it: raw HTML is escaped, and links and images come out as their text, so a
 * document cannot fetch anything. Text is set with Swedish typography ({@link SwedishTypography}).
 */
public final class RichText {

    private static final Set<Class<? extends Block>> BLOCKS = Set.of(ListBlock.class, BlockQuote.class);

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(BLOCKS).build();

    /** One line is never a list: "1. Förvaltningsberättelse" as a heading or cell stays text. */
    private static final Parser INLINE_PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak(" ")
            .nodeRendererFactory(PlainLinks::new)
            .nodeRendererFactory(TypographicText::new)
            .build();

    /** {@code ^[text]}: the text may hold brackets one level deep. */
    private static final Pattern FOOTNOTE = Pattern.compile("\\^\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]");
    private static final char FOOTNOTE_MARK = '\uE000';
    private static final Pattern FOOTNOTE_PLACE = Pattern.compile(FOOTNOTE_MARK + "(\\d+)" + FOOTNOTE_MARK);

    private RichText() {
    }

    /** Well-formed XHTML for the given text; {@code null} or blank gives an empty string. */
    public static String toXhtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> notes = new ArrayList<>();
        String body = extractFootnotes(text, notes);
        return placeFootnotes(RENDERER.render(PARSER.parse(body)).strip(), notes);
    }

    /** One line of rich text (a list item, a table cell, a footnote): as {@link #toXhtml} without the paragraph. */
    public static String inlineXhtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> notes = new ArrayList<>();
        String body = extractFootnotes(text, notes);
        String xhtml = placeFootnotes(RENDERER.render(INLINE_PARSER.parse(body)).strip(), notes);
        if (xhtml.startsWith("<p>") && xhtml.endsWith("</p>") && xhtml.indexOf("<p>", 3) < 0) {
            return xhtml.substring(3, xhtml.length() - 4);
        }
        return xhtml;
    }

    /** The footnote texts of a rich text, in order, for writers of other formats and for word counts. */
    public static List<String> footnotes(String text) {
        List<String> notes = new ArrayList<>();
        extractFootnotes(text == null ? "" : text, notes);
        return notes;
    }

    /** The text without its footnotes. */
    public static String withoutFootnotes(String text) {
        return text == null ? null : extractFootnotes(text, new ArrayList<>());
    }

    private static String extractFootnotes(String text, List<String> notes) {
        Matcher m = FOOTNOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            notes.add(m.group(1));
            m.appendReplacement(out, "");
            while (!out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.setLength(out.length() - 1); // the call sits on the word it belongs to
            }
            out.append(FOOTNOTE_MARK).append(notes.size() - 1).append(FOOTNOTE_MARK);
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A footnote becomes a {@code span.fotnot} right after the word it belongs to; the stylesheet sets it at the foot of
     * the page ({@code float: footnote}) with its number, which cannot wrap away from that word.
     */
    private static String placeFootnotes(String xhtml, List<String> notes) {
        if (notes.isEmpty()) {
            return xhtml;
        }
        Matcher m = FOOTNOTE_PLACE.matcher(xhtml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String note = inlineXhtml(notes.get(Integer.parseInt(m.group(1))));
            m.appendReplacement(out, Matcher.quoteReplacement("<span class=\"fotnot\">" + note + "</span>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The parsed text, for writers that build other formats (DOCX) from the same rules. */
    public static Node parse(String text) {
        return PARSER.parse(text == null ? "" : text);
    }

    private static final class PlainLinks implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        PlainLinks(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Image) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text text) {
                        html.text(text.getLiteral());
                    }
                }
                return;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }


    /** Sets text with Swedish typography; what must not break is kept in a {@code span.hel}. */
    private static final class TypographicText implements NodeRenderer {
        private final HtmlWriter html;

        TypographicText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            String literal = SwedishTypography.apply(((Text) node).getLiteral());
            for (SwedishTypography.Segment segment : SwedishTypography.segments(literal)) {
                if (segment.unbreakable()) {
                    html.raw("<span class=\"hel\">");
                    html.text(segment.text());
                    html.raw("</span>");
                } else {
                    html.text(segment.text());
                }
            }
        }
    }
}
