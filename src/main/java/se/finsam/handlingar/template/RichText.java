package se.finsam.handlingar.template;


import java.util.Set;

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
 * lists, {@code *kursiv*} and {@code **fet**}. Headings, raw HTML, links and images are not part of it:
 * raw HTML is escaped, and links and images come out as their text, so a document cannot fetch anything.
 */
public final class RichText {

    private static final Set<Class<? extends Block>> BLOCKS = Set.of(ListBlock.class, BlockQuote.class);

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(BLOCKS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak(" ")
            .nodeRendererFactory(PlainLinks::new)
            .build();

    private RichText() {
    }

    /** Well-formed XHTML for the given text; {@code null} or blank gives an empty string. */
    public static String toXhtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(text)).strip();
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

}
