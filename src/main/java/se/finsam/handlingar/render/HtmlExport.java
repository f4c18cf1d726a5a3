package se.finsam.handlingar.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * The XHTML as one file for a browser: the template's stylesheets inlined (print keeps the PDF's layout), a screen
 * stylesheet for reading on any width, the bundled font embedded,
 * landmarks (banner, main) with a skip link, and header cells with their scope. Print-only constructs
 * ({@code <bookmarks>}) are dropped.
 */
@Component
class HtmlExport {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");

    private final FontLibrary fonts;
    private final String screenCss;
    private final String skipLink;

    HtmlExport(FontLibrary fonts) {
        this.fonts = fonts;
        this.screenCss = resource("/html/screen.css");
        Properties words = new Properties();
        try (InputStream in = HtmlExport.class.getResourceAsStream("/html/screen.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("html/screen.properties saknas", e);
        }
        this.skipLink = words.getProperty("skip-link");
    }

    String selfContained(Document document, Map<String, String> templateFiles) {
        Document copy = (Document) document.cloneNode(true);
        Element head = first(copy, "head");
        Element body = first(copy, "body");
        List<Element> stylesheets = new ArrayList<>();
        NodeList links = copy.getElementsByTagName("link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if ("stylesheet".equals(link.getAttribute("rel"))) {
                stylesheets.add(link);
            }
        }
        StringBuilder templateCss = new StringBuilder();
        for (Element link : stylesheets) {
            String css = templateFiles.get(link.getAttribute("href"));
            if (css != null) {
                templateCss.append(css).append('\n');
                Element style = copy.createElementNS(link.getNamespaceURI(), "style");
                style.setTextContent(css);
                link.getParentNode().replaceChild(style, link);
            } else {
                link.getParentNode().removeChild(link);
            }
        }
        removeAll(copy, "bookmarks");
        if (head != null) {
            Element viewport = copy.createElementNS(XHTML, "meta");
            viewport.setAttribute("name", "viewport");
            viewport.setAttribute("content", "width=device-width, initial-scale=1");
            head.insertBefore(viewport, head.getFirstChild());
            Element screen = copy.createElementNS(XHTML, "style");
            screen.setTextContent(fontFaces(body) + screenCss);
            head.appendChild(screen);
        }
        if (body != null) {
            landmarks(copy, body, templateCss.toString());
            headerScopes(copy);
        }
        keepEmptyElementsOpen(copy.getDocumentElement());
        return "<!DOCTYPE html>\n" + SecureXhtml.serialize(copy);
    }

    /** The running page header becomes the banner; everything else is main, reached by a skip link. */
    private void landmarks(Document doc, Element body, String css) {
        Element banner = null;
        for (Element child : children(body)) {
            if (isRunning(child, css)) {
                banner = child;
                break;
            }
        }
        Element main = doc.createElementNS(XHTML, "main");
        main.setAttribute("id", "innehall");
        for (Node node = body.getFirstChild(); node != null; ) {
            Node next = node.getNextSibling();
            if (node != banner) {
                main.appendChild(node);
            }
            node = next;
        }
        Element skip = doc.createElementNS(XHTML, "a");
        skip.setAttribute("class", "hoppa-till-innehall");
        skip.setAttribute("href", "#innehall");
        skip.setTextContent(skipLink);
        body.appendChild(skip);
        if (banner != null) {
            Element header = doc.createElementNS(XHTML, "header");
            header.appendChild(banner);
            body.appendChild(header);
        }
        body.appendChild(main);
    }

    private static boolean isRunning(Element element, String css) {
        for (String cls : element.getAttribute("class").split("\\s+")) {
            if (!cls.isEmpty() && css.matches("(?s).*\\." + java.util.regex.Pattern.quote(cls)
                    + "\\s*\\{[^}]*position\\s*:\\s*running\\(.*")) {
                return true;
            }
        }
        return false;
    }

    private static void headerScopes(Document doc) {
        NodeList cells = doc.getElementsByTagName("th");
        for (int i = 0; i < cells.getLength(); i++) {
            Element th = (Element) cells.item(i);
            if (th.hasAttribute("scope")) {
                continue;
            }
            Node section = th.getParentNode() == null ? null : th.getParentNode().getParentNode();
            boolean inHead = section instanceof Element e && DocxBody.tag(e).equals("thead");
            th.setAttribute("scope", inHead ? "col" : "row");
        }
    }

    /**
     * The default family's faces, whole (about 350 kB together: a subset cut with fontbox's TTFSubsetter lost the
     * advance width of composite glyphs such as "ö" in the bold and italic faces in browsers), and the monospace
     * family only when the document has code.
     */
    private String fontFaces(Element body) {
        boolean code = body != null && (body.getElementsByTagName("code").getLength() > 0
                || body.getElementsByTagName("pre").getLength() > 0);
        StringBuilder css = new StringBuilder();
        for (FontLibrary.Face face : fonts.faces()) {
            boolean monospace = face.family().equals(FontLibrary.MONOSPACE_FAMILY);
            if (!face.family().equals(fonts.defaultFamily()) && !(code && monospace)) {
                continue;
            }
            String family = monospace ? "DejaVu Sans Mono" : face.family();
            css.append("@font-face { font-family: \"").append(family).append("\"; font-weight: ")
                    .append(face.weight()).append("; font-style: ")
                    .append(face.style() == FontStyle.ITALIC ? "italic" : "normal")
                    .append("; src: url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(face.bytes()))
                    .append(") format(\"truetype\"); }\n");
        }
        return css.toString();
    }

    private static Element first(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    private static void removeAll(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        while (list.getLength() > 0) {
            list.item(0).getParentNode().removeChild(list.item(0));
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlExport.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " saknas", e);
        }
    }

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
