package se.finsam.handlingar.render;

import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The template's finished XHTML, checked before it becomes a PDF or an HTML page: no active content (however the
 * template assembled it, e.g. with {@code ?no_esc}) and no nesting deeper than the limit, which keeps the layout
 * engine's recursion bounded.
 */
final class ActiveOutput {

    private static final Set<String> ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "form", "base", "portal", "meta");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
            "background", "poster", "srcset");

    private ActiveOutput() {
    }

    static void refuse(Document document, int maxDepth) {
        check(document.getDocumentElement(), 1, maxDepth);
    }

    private static void check(Element element, int depth, int maxDepth) {
        if (depth > maxDepth) {
            throw new RenderLimitException("Mallens XHTML är nästlad djupare än " + maxDepth
                    + " element (handlingar.render.max-depth).");
        }
        String name = (element.getLocalName() != null ? element.getLocalName() : element.getTagName()).toLowerCase(Locale.ROOT);
        if (ELEMENTS.contains(name) && !(name.equals("meta") && !element.hasAttribute("http-equiv"))) {
            throw new RenderException("Mallen gav aktivt innehåll: <" + name + ">. Dokument får inte innehålla skript, "
                    + "iframe, object, embed eller form.", null);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getName().toLowerCase(Locale.ROOT);
            if (attributeName.startsWith("on")) {
                throw new RenderException("Mallen gav händelseattributet " + attributeName + " på <" + name + ">.", null);
            }
            if (URL_ATTRIBUTES.contains(attributeName) || attributeName.endsWith(":href") || attributeName.equals("style")) {
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (value.contains("javascript:") || value.contains("vbscript:") || value.contains("data:text/html")
                        || value.contains("expression(")) {
                    throw new RenderException("Mallen gav en skriptlänk i " + attributeName + " på <" + name + ">.", null);
                }
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                check(childElement, depth + 1, maxDepth);
            }
        }
    }
}
