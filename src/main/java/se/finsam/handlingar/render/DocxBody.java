package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import se.finsam.handlingar.render.LaidOut.Look;

/**
 * The template's XHTML body as WordprocessingML: headings become Heading 1–4, lists get real Word numbering that
 * restarts per list, tables keep their header rows and widths from their content, a list of class {@code toc} becomes
 * a table-of-contents field already filled in with the PDF's page numbers, empty boxes with a height become signature
 * lines. Formatting comes from the computed CSS of the same layout as the PDF; nothing here adds wording.
 */
final class DocxBody {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section",
            "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "li", "table", "hr", "blockquote",
            "figure", "figcaption", "dl", "dt", "dd", "pre", "address", "caption", "thead", "tbody", "tfoot", "tr");

    private final LaidOut layout;
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final DocxFootnotes footnotes;
    private final UnaryOperator<String> externalLink;
    private final int textWidth;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Set<String> linkTargets = new HashSet<>();
    private final Map<String, String> bookmarkNames = new HashMap<>();
    private final List<String> pendingBookmarks = new ArrayList<>();
    private int bookmarkId;
    private boolean pendingPageBreak;
    private boolean lastWasTable;

    DocxBody(LaidOut layout, DocxStyles styles, DocxNumbering numbering, DocxFootnotes footnotes,
            UnaryOperator<String> externalLink, int textWidth) {
        this.layout = layout;
        this.styles = styles;
        this.numbering = numbering;
        this.footnotes = footnotes;
        this.externalLink = externalLink;
        this.textWidth = textWidth;
    }

    String write(Element body) {
        collectLinkTargets(body);
        children(body, new Para(null, body));
        if (lastWasTable || out.isEmpty()) {
            out.append("<w:p/>");
        }
        return out.toString();
    }

    /** The paragraph-level context an element's inline content is written with. */
    private record Para(String style, Element owner, Element item, int numId, int level, int indent) {
        Para(String style, Element owner) {
            this(style, owner, null, 0, 0, 0);
        }

        Para with(Element newOwner) {
            return new Para(style, newOwner, item, numId, level, indent);
        }

        Para styled(String newStyle, Element newOwner) {
            return new Para(newStyle, newOwner, item, numId, level, indent);
        }
    }

    private final Set<Element> numberedItems = new HashSet<>();

    private void collectLinkTargets(Element root) {
        NodeList links = root.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            if (href.startsWith("#") && href.length() > 1) {
                linkTargets.add(href.substring(1));
            }
        }
    }

    private String bookmarkName(String id) {
        return bookmarkNames.computeIfAbsent(id, k -> {
            String name = DocxText.bookmark(k);
            String candidate = name;
            int n = 2;
            while (bookmarkNames.containsValue(candidate)) {
                candidate = name.substring(0, Math.min(name.length(), 36)) + "_" + n++;
            }
            return candidate;
        });
    }

    // --- blocks ---------------------------------------------------------------------------------------------------

    private void children(Element container, Para para) {
        List<Node> inline = new ArrayList<>();
        NodeList nodes = container.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child && isBlock(child)) {
                flush(inline, para);
                block(child, para);
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE
                    || node instanceof Element) {
                inline.add(node);
            }
        }
        flush(inline, para);
    }

    private boolean isBlock(Element element) {
        String tag = tag(element);
        if (isSignatureBox(element)) {
            return true;
        }
        if (!BLOCKS.contains(tag)) {
            return false;
        }
        return true;
    }

    private void flush(List<Node> inline, Para para) {
        if (inline.isEmpty()) {
            return;
        }
        boolean text = inline.stream().anyMatch(n -> !DocxText.collapse(n.getTextContent()).isBlank());
        if (text) {
            paragraph(para, inline);
        }
        inline.clear();
    }

    private void block(Element element, Para para) {
        Look look = layout.look(element);
        if (look.hidden() || look.running()) {
            return;
        }
        if (element.hasAttribute("id") && linkTargets.contains(element.getAttribute("id"))) {
            pendingBookmarks.add(element.getAttribute("id"));
        }
        if (look.breakBefore()) {
            pendingPageBreak = true;
        }
        String tag = tag(element);
        String cls = " " + element.getAttribute("class") + " ";
        if (isSignatureBox(element)) {
            signatureLine(element, look);
        } else if ((tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("nav")) && cls.contains(" toc ")) {
            toc(element);
        } else if (sideBySide(element)) {
            DocxTable.columns(this, element, DocxTable.elements(element), para.indent() > 0 ? textWidth - para.indent() : textWidth);
        } else if (tag.matches("h[1-6]")) {
            int level = Math.min(4, tag.charAt(1) - '0');
            paragraph(para.styled("Heading" + level, element), List.of(element));
        } else if (tag.equals("ul") || tag.equals("ol")) {
            list(element, para);
        } else if (tag.equals("table")) {
            DocxTable.write(this, element, para.indent() > 0 ? textWidth - para.indent() : textWidth);
        } else if (tag.equals("hr")) {
            rule();
        } else if (tag.equals("p") || tag.equals("dt") || tag.equals("dd") || tag.equals("figcaption")
                || tag.equals("address") || tag.equals("pre")) {
            if (containsBlock(element)) {
                children(element, para.with(element));
            } else {
                paragraph(para.with(element), List.of(element));
            }
        } else {
            children(element, para.with(element));
        }
        if (look.breakAfter()) {
            pendingPageBreak = true;
        }
    }

    /** A box whose children are all inline blocks (a title beside a date) is laid out as columns. */
    private boolean sideBySide(Element element) {
        List<Element> children = DocxTable.elements(element);
        if (children.size() < 2 || !BLOCKS.contains(tag(element)) || tag(element).matches("t.*|ul|ol|li|p|h[1-6]")) {
            return false;
        }
        for (Element child : children) {
            if (!layout.look(child).inlineBlock() || isSignatureBox(child)) {
                return false;
            }
        }
        return true;
    }

    private boolean containsBlock(Element element) {
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSignatureBox(Element element) {
        if (element.hasChildNodes() && !element.getTextContent().isBlank()) {
            return false;
        }
        Look look = layout.look(element);
        return look.heightTwips() >= 200 && look.widthTwips() >= 600 && !tag(element).equals("td")
                && !tag(element).equals("tr") && !tag(element).equals("table");
    }

    private void list(Element list, Para para) {
        boolean nested = para.item() != null;
        int depth = nested ? para.level() + 1 : 0;
        boolean numbered = !"none".equals(layout.look(list).listStyle());
        int numId = nested && para.numId() > 0 ? para.numId() : numbered ? numbering.startList(list, layout) : 0;
        Look look = layout.look(list);
        int indent = para.indent() + Math.max(360, look.paddingLeft() + look.marginLeft());
        NodeList items = list.getChildNodes();
        for (int i = 0; i < items.getLength(); i++) {
            if (items.item(i) instanceof Element li && tag(li).equals("li")) {
                if (li.hasAttribute("id") && linkTargets.contains(li.getAttribute("id"))) {
                    pendingBookmarks.add(li.getAttribute("id"));
                }
                children(li, new Para(null, li, li, numbered ? numId : 0, depth, indent));
            }
        }
    }

    /** The element with that id; a parsed XHTML page declares no ID attributes, so getElementById alone finds none. */
    private static Element byId(org.w3c.dom.Document doc, String id) {
        Element found = doc.getElementById(id);
        if (found != null) {
            return found;
        }
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    private void toc(Element toc) {
        List<Element> entries = new ArrayList<>();
        NodeList links = toc.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            if (a.getAttribute("href").startsWith("#")) {
                entries.add(a);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        int minLevel = 9;
        int maxLevel = 1;
        List<Integer> levels = new ArrayList<>();
        for (Element a : entries) {
            Element target = byId(a.getOwnerDocument(), a.getAttribute("href").substring(1));
            int level = target != null && tag(target).matches("h[1-6]") ? tag(target).charAt(1) - '0' : 1;
            levels.add(level);
            minLevel = Math.min(minLevel, level);
            maxLevel = Math.max(maxLevel, level);
        }
        separateFromTable();
        for (int i = 0; i < entries.size(); i++) {
            Element a = entries.get(i);
            String id = a.getAttribute("href").substring(1);
            int level = Math.min(4, levels.get(i) - minLevel + 1);
            out.append("<w:p><w:pPr><w:pStyle w:val=\"TOC").append(level).append("\"/>");
            if (pendingPageBreak) {
                out.append("<w:pageBreakBefore/>");
                pendingPageBreak = false;
            }
            out.append("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"").append(textWidth).append("\"/></w:tabs></w:pPr>");
            if (i == 0) {
                out.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"")
                        .append(minLevel).append('-').append(Math.max(minLevel, maxLevel))
                        .append("\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            out.append("<w:hyperlink w:anchor=\"").append(bookmarkName(id)).append("\" w:history=\"1\">");
            out.append(run(DocxText.collapse(a.getTextContent()).strip(), null, null));
            out.append("<w:r><w:tab/></w:r>");
            int page = layout.pageOf(id);
            out.append(run(page > 0 ? Integer.toString(page) : "", null, null));
            out.append("</w:hyperlink>");
            if (i == entries.size() - 1) {
                out.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            out.append("</w:p>");
        }
        lastWasTable = false;
    }

    private void signatureLine(Element box, Look look) {
        separateFromTable();
        out.append("<w:p><w:pPr><w:keepNext/>");
        pageBreakIfPending();
        out.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"1A1A1A\"/></w:pBdr>");
        out.append("<w:spacing w:before=\"").append(look.heightTwips()).append("\" w:after=\"40\"/>");
        if (look.widthTwips() > 0 && look.widthTwips() < textWidth && !insideTable(box)) {
            out.append("<w:ind w:right=\"").append(textWidth - look.widthTwips()).append("\"/>");
        }
        out.append("</w:pPr>");
        bookmarksHere(box);
        out.append("</w:p>");
        lastWasTable = false;
    }

    private static boolean insideTable(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if (tag(e).equals("td") || tag(e).equals("th")) {
                return true;
            }
        }
        return false;
    }

    private void rule() {
        separateFromTable();
        out.append("<w:p><w:pPr>");
        pageBreakIfPending();
        out.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"8A8A8A\"/></w:pBdr>")
                .append("<w:spacing w:before=\"120\" w:after=\"200\"/><w:rPr><w:sz w:val=\"8\"/></w:rPr></w:pPr></w:p>");
        lastWasTable = false;
    }

    // --- paragraphs and runs --------------------------------------------------------------------------------------

    private void paragraph(Para para, List<Node> inline) {
        Element owner = para.owner();
        Look look = layout.look(owner);
        String style = para.style();
        separateFromTable();
        StringBuilder runs = new StringBuilder();
        Inline state = new Inline();
        for (Node node : inline) {
            inline(node, owner, runs, state, style);
        }
        if (state.chars == 0 && runs.indexOf("<w:footnoteReference") < 0) {
            bookmarksHere(owner);
            return;
        }
        out.append("<w:p><w:pPr>");
        if (style != null) {
            out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (look.keepWithNext() || (style != null && style.startsWith("Heading"))) {
            out.append("<w:keepNext/>");
        }
        if (look.keepTogether()) {
            out.append("<w:keepLines/>");
        }
        pageBreakIfPending();
        boolean numberHere = para.numId() > 0 && numberedItems.add(para.item());
        if (numberHere) {
            out.append("<w:numPr><w:ilvl w:val=\"").append(para.level()).append("\"/><w:numId w:val=\"")
                    .append(para.numId()).append("\"/></w:numPr>");
        }
        if (look.borderBottom() && !tag(owner).matches("t[dh]")) {
            out.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"8A8A8A\"/></w:pBdr>");
        }
        out.append("<w:spacing w:before=\"").append(look.marginTop()).append("\" w:after=\"").append(look.marginBottom()).append("\"/>");
        // a table cell's own padding is already the cell margin: only what goes beyond it indents
        int own = tag(owner).matches("t[dh]") ? Math.max(0, look.paddingLeft() - DocxTable.CELL_MARGIN) : look.paddingLeft();
        int left = para.indent() + (para.item() != null ? 0 : own + look.marginLeft());
        if (left > 0 && !numberHere) {
            out.append("<w:ind w:left=\"").append(left).append("\"/>");
        }
        switch (look.align()) {
            case CENTER -> out.append("<w:jc w:val=\"center\"/>");
            case RIGHT -> out.append("<w:jc w:val=\"right\"/>");
            case JUSTIFY -> out.append("<w:jc w:val=\"both\"/>");
            default -> { }
        }
        out.append("</w:pPr>");
        bookmarksHere(owner);
        out.append(runs);
        out.append("</w:p>");
        lastWasTable = false;
    }

    private void bookmarksHere(Element owner) {
        if (owner != null && owner.hasAttribute("id") && linkTargets.contains(owner.getAttribute("id"))
                && !pendingBookmarks.contains(owner.getAttribute("id"))) {
            pendingBookmarks.add(owner.getAttribute("id"));
        }
        for (String id : pendingBookmarks) {
            int n = ++bookmarkId;
            out.append("<w:bookmarkStart w:id=\"").append(n).append("\" w:name=\"").append(bookmarkName(id))
                    .append("\"/><w:bookmarkEnd w:id=\"").append(n).append("\"/>");
        }
        pendingBookmarks.clear();
    }

    private void pageBreakIfPending() {
        if (pendingPageBreak) {
            out.append("<w:pageBreakBefore/>");
            pendingPageBreak = false;
        }
    }

    void separateFromTable() {
        if (lastWasTable) {
            out.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>")
                    .append("<w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr></w:p>");
            lastWasTable = false;
        }
    }

    private static final class Inline {
        int chars;
        boolean spacePending;
    }

    private void inline(Node node, Element parent, StringBuilder runs, Inline state, String style) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            String text = DocxText.collapse(node.getNodeValue());
            if (text.isEmpty()) {
                return;
            }
            if (text.startsWith(" ")) {
                state.spacePending = state.chars > 0;
                text = text.substring(1);
            }
            boolean trailing = text.endsWith(" ");
            if (trailing) {
                text = text.substring(0, text.length() - 1);
            }
            if (!text.isEmpty()) {
                if (parent != null && layout.noWrap(parent)) {
                    text = DocxText.unbreakable(text);
                }
                runs.append(run((state.spacePending ? " " : "") + text, parent, style));
                state.chars += text.length();
                state.spacePending = false;
            }
            state.spacePending |= trailing;
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = tag(element);
        Look look = layout.look(element);
        if (look.hidden() || look.running()) {
            return;
        }
        if (tag.equals("br")) {
            runs.append("<w:r><w:br/></w:r>");
            state.spacePending = false;
            return;
        }
        if (footnotes.isFootnote(element, look)) {
            if (state.spacePending) {
                runs.append(run(" ", parent, style));
                state.spacePending = false;
            }
            runs.append(footnotes.reference(element, this));
            state.chars++;
            return;
        }
        if (look.inlineBlock() && state.chars > 0) {
            // side-by-side boxes (two halves of a line) keep apart as tab-separated columns
            runs.append("<w:r><w:tab/></w:r>");
            state.spacePending = false;
        }
        String href = tag.equals("a") ? element.getAttribute("href") : "";
        if (!href.isEmpty()) {
            if (href.startsWith("#")) {
                runs.append("<w:hyperlink w:anchor=\"").append(bookmarkName(href.substring(1))).append("\" w:history=\"1\">");
            } else {
                String rel = externalLink.apply(href);
                runs.append(rel == null ? "" : "<w:hyperlink r:id=\"" + rel + "\" w:history=\"1\">");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            inline(children.item(i), element, runs, state, style);
        }
        if (!href.isEmpty() && (href.startsWith("#") || externalLink.apply(href) != null)) {
            runs.append("</w:hyperlink>");
        }
    }

    /** Footnote text is written with the same inline rules into the footnotes part. */
    String inlineRuns(Element element) {
        StringBuilder runs = new StringBuilder();
        Inline state = new Inline();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            inline(children.item(i), element, runs, state, "FootnoteText");
        }
        return runs.toString();
    }

    private String run(String text, Element styledBy, String paragraphStyle) {
        StringBuilder r = new StringBuilder("<w:r>");
        if (styledBy != null) {
            String props = styles.runProperties(layout.look(styledBy), paragraphStyle);
            if (!props.isEmpty()) {
                r.append("<w:rPr>").append(props).append("</w:rPr>");
            }
        }
        r.append("<w:t xml:space=\"preserve\">").append(DocxText.xml(text)).append("</w:t></w:r>");
        return r.toString();
    }

    // --- used by DocxTable ---------------------------------------------------------------------------------------

    StringBuilder out() {
        return out;
    }

    LaidOut layout() {
        return layout;
    }

    void tableWritten() {
        lastWasTable = true;
    }

    void beforeTable(Element table) {
        separateFromTable();
        if (table.hasAttribute("id") && linkTargets.contains(table.getAttribute("id"))) {
            pendingBookmarks.add(table.getAttribute("id"));
        }
        if (!pendingBookmarks.isEmpty() || pendingPageBreak) {
            out.append("<w:p><w:pPr><w:keepNext/>");
            pageBreakIfPending();
            out.append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr>");
            bookmarksHere(null);
            out.append("</w:p>");
        }
    }

    /** Writes an element's content (a table cell, a caption) as paragraphs. */
    void cellContent(Element cell, String style) {
        lastWasTable = false;
        int before = out.length();
        children(cell, new Para(style, cell));
        if (out.length() == before) {
            out.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:p>");
        }
        lastWasTable = false;
    }

    static String tag(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        return name.toLowerCase(Locale.ROOT);
    }
}
