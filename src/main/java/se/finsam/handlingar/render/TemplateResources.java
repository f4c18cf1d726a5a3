package se.finsam.handlingar.render;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;

import se.finsam.handlingar.template.FileReferences;

/**
 * Serves the files of one template version under the {@code tpl:/} scheme. Nothing else can be loaded: the
 * renderer's access control refuses every other scheme ({@code file:}, {@code http:}, {@code https:}, …).
 */
final class TemplateResources implements FSStreamFactory {

    static final String SCHEME = "tpl";
    static final String BASE_URI = SCHEME + ":/";

    private final Map<String, String> files;

    TemplateResources(Map<String, String> files) {
        this.files = files;
    }

    static boolean isAllowed(String uri) {
        return uri != null && uri.startsWith(BASE_URI) && !uri.contains("..");
    }

    /**
     * Stylesheets and images the finished XHTML refers to must be files of the version (however the reference was
     * written or assembled): a render that would silently lose its stylesheet, or reach outside, stops with a message.
     */
    static void requireReferencedFiles(Document document, Map<String, String> files) {
        check(document.getElementsByTagName("link"), "href", files);
        check(document.getElementsByTagName("img"), "src", files);
    }

    private static void check(NodeList elements, String attribute, Map<String, String> files) {
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.getTagName().equalsIgnoreCase("link")
                    && !element.getAttribute("rel").toLowerCase(java.util.Locale.ROOT).contains("stylesheet")) {
                continue;
            }
            String reference = element.getAttribute(attribute);
            FileReferences.localName(reference).ifPresent(name -> {
                boolean outside = FileReferences.outside(name);
                if (outside || !files.containsKey(name)) {
                    throw new RenderException(missing(reference, outside), null);
                }
            });
        }
    }

    private static String missing(String reference, boolean outside) {
        return "Mallen hänvisar till \"" + reference + "\", som " + (outside ? "ligger utanför mallversionen."
                : "inte finns i mallversionen.");
    }

    @Override
    public FSStream getUrl(String url) {
        if (!isAllowed(url)) {
            return null;
        }
        String content = files.get(url.substring(BASE_URI.length()));
        if (content == null) {
            // openhtmltopdf cannot take "not found" here (it dereferences the stream), and the template should know
            throw new RenderException(missing(url, false), null);
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Reader getReader() {
                return new StringReader(content);
            }
        };
    }
}
