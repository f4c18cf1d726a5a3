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
        return "<!DOCTYPE html>\n" + SecureXhtml.serialize(copy);
    }
}
