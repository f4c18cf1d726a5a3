package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XHTML as one file for a browser: linked stylesheets of the template are inlined, so the page needs nothing else.
 * Print-only constructs ({@code <bookmarks>}) are dropped.
 */
final class HtmlExport {

    private HtmlExport() {
    }

    static String selfContained(Document document, Map<String, String> templateFiles) {
        Document copy = (Document) document.cloneNode(true);
        NodeList links = copy.getElementsByTagName("link");
        List<Element> stylesheets = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if ("stylesheet".equals(link.getAttribute("rel"))) {
                stylesheets.add(link);
            }
        }
        for (Element link : stylesheets) {
            String css = templateFiles.get(link.getAttribute("href"));
            if (css != null) {
                Element style = copy.createElementNS(link.getNamespaceURI(), "style");
                style.setTextContent(css);
                link.getParentNode().replaceChild(style, link);
            } else {
                link.getParentNode().removeChild(link);
            }
        }
        NodeList bookmarks = copy.getElementsByTagName("bookmarks");
        while (bookmarks.getLength() > 0) {
            bookmarks.item(0).getParentNode().removeChild(bookmarks.item(0));
        }
        keepEmptyElementsOpen(copy.getDocumentElement());
        return "<!DOCTYPE html>\n" + SecureXhtml.serialize(copy);
    }

    private static final java.util.Set<String> VOID_ELEMENTS = java.util.Set.of("area", "base", "br", "col", "embed",
            "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    /**
     * An XML serialiser writes an empty {@code <div></div>} as {@code <div/>}, which an HTML parser reads as an open
     * tag that swallows the rest of the page; an empty comment keeps such elements explicitly closed.
     */
    private static void keepEmptyElementsOpen(Element element) {
        if (!element.hasChildNodes()) {
            if (!VOID_ELEMENTS.contains(element.getLocalName() != null ? element.getLocalName() : element.getTagName())) {
                element.appendChild(element.getOwnerDocument().createComment(""));
            }
            return;
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                keepEmptyElementsOpen(child);
            }
        }
    }
}
