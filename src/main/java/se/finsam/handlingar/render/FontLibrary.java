package se.finsam.handlingar.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * The open fonts shipped under {@code templates/shared/fonts/}, read once. File names follow
 * {@code Family-Regular|Bold|Italic|BoldItalic.ttf}. Only these fonts are ever embedded; the base-14 fonts are never
 * used.
 */
@Component
class FontLibrary {

    record Face(String family, int weight, FontStyle style, byte[] bytes) {
    }

    /**
     * CSS generic families as openhtmltopdf looks them up: it renames {@code serif}, {@code sans-serif} and
     * {@code monospace} to {@code Serif}, {@code SansSerif} and {@code Monospaced} before the lookup, so those are the
     * names to register. Without them text in a generic family has no font in PDF/A mode (no built-in fonts): a 500.
     */
    static final List<String> GENERIC_FAMILIES = List.of("serif", "Serif", "sans-serif", "SansSerif", "cursive", "fantasy");
    static final List<String> MONOSPACE_FAMILIES = List.of("monospace", "Monospaced", "DejaVu Sans Mono");
    static final String DEFAULT_FAMILY = "Carlito";
    /** For code spans ({@code `…`} in free text, {@code <code>}): the user agent stylesheet asks for monospace. */
    static final String MONOSPACE_FAMILY = "DejaVuSansMono";

    private final List<Face> faces;

    FontLibrary() throws IOException {
        List<Face> loaded = new ArrayList<>();
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:bundled-templates/shared/fonts/*.ttf");
        for (Resource resource : resources) {
            String name = resource.getFilename();
            String base = name.substring(0, name.length() - ".ttf".length());
            int dash = base.lastIndexOf('-');
            String family = dash < 0 ? base : base.substring(0, dash);
            String variant = dash < 0 ? "Regular" : base.substring(dash + 1);
            try (InputStream in = resource.getInputStream()) {
                loaded.add(new Face(family, variant.startsWith("Bold") ? 700 : 400,
                        variant.endsWith("Italic") ? FontStyle.ITALIC : FontStyle.NORMAL, in.readAllBytes()));
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No fonts found under bundled-templates/shared/fonts");
        }
        this.faces = List.copyOf(loaded);
    }

    List<Face> faces() {
        return faces;
    }

    String defaultFamily() {
        return faces.stream().anyMatch(f -> f.family().equals(DEFAULT_FAMILY)) ? DEFAULT_FAMILY : faces.get(0).family();
    }
}
