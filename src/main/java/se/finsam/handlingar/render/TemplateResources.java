package se.finsam.handlingar.render;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;

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

    @Override
    public FSStream getUrl(String url) {
        if (!isAllowed(url)) {
            return null;
        }
        String content = files.get(url.substring(BASE_URI.length()));
        if (content == null) {
            return null;
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
