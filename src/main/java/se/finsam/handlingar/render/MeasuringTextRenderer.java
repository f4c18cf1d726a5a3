package se.finsam.handlingar.render;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.extend.FontContext;

/**
 * openhtmltopdf measures the same words again and again (min/max widths of table cells, line breaking, layout);
 * each measurement encodes the string through the font's CMap. Within one document a word in a font at a size
 * always has the same width, so widths are remembered per font object for the life of one render.
 */
final class MeasuringTextRenderer extends PdfBoxTextRenderer {

    private final Map<FSFont, Map<String, Integer>> widths = new IdentityHashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        Map<String, Integer> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        Integer width = known.get(string);
        if (width == null) {
            width = super.getWidth(context, font, string);
            known.put(string, width);
        }
        return width;
    }

}
