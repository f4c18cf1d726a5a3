package se.finsam.handlingar.render;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.style.derived.BorderPropertySet;
import com.openhtmltopdf.css.style.derived.RectPropertySet;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;

/**
 * What the PDF layout knows about the XHTML, read once so that other formats (DOCX) follow the template's own
 * stylesheet: the computed style of each element and the page each element with an id landed on.
 */
final class LaidOut {

    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** The computed style facts a word processor can express; lengths in twips (1/20 pt). */
    record Look(boolean bold, boolean italic, boolean uppercase, boolean superscript, Align align, int fontSizeHalfPoints,
            boolean hidden, boolean running, String runningName, boolean breakBefore, boolean breakAfter,
            boolean keepWithNext, boolean keepTogether, int marginTop, int marginBottom, int marginLeft,
            int paddingLeft, int heightTwips, int widthTwips, boolean borderTop, boolean borderBottom,
            String listStyle, boolean monospace, String color, boolean footnote, boolean inlineBlock) {
    }

    private final SharedContext shared;
    private final CssContext css;
    private final float dotsPerPoint;
    private final Map<Element, Look> looks = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();
    private final Map<Element, Integer> cellWidths = new HashMap<>();
    private final Map<Element, Placed> inlineBlocks = new HashMap<>();

    /** Where the layout put an inline block: its line (top edge, in twips from the document's start) and width. */
    record Placed(int top, int width) {
    }

    LaidOut(PdfBoxRenderer renderer) {
        this.shared = renderer.getSharedContext();
        this.css = shared.newLayoutContextInstance();
        this.dotsPerPoint = shared.getDPI() / 72f;
        renderer.findPagePositionsByID(Pattern.compile(".+")).forEach(p ->
                pages.merge(p.getId(), p.getPageNo() + 1, Math::min));
        collectBoxes(renderer.getRootBox());
    }

    private void collectBoxes(com.openhtmltopdf.render.Box box) {
        if (box == null) {
            return;
        }
        if (box instanceof com.openhtmltopdf.newtable.TableCellBox cell && cell.getElement() != null) {
            cellWidths.merge(cell.getElement(), twips(cell.getWidth()), Math::max);
        } else if (box.getElement() != null && box.getStyle() != null && box.getStyle().isInlineBlock()) {
            inlineBlocks.putIfAbsent(box.getElement(), new Placed(twips(box.getAbsY()), twips(box.getWidth())));
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collectBoxes(box.getChild(i));
        }
        // an inline block sits among a line's inline children, not among the box children
        if (box instanceof com.openhtmltopdf.render.InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof com.openhtmltopdf.render.Box b) {
                    collectBoxes(b);
                }
            }
        }
    }

    /** Text that must not break ({@code white-space: nowrap}, inherited). */
    boolean noWrap(Element element) {
        return shared.getStyle(element).isIdent(CSSName.WHITE_SPACE, IdentValue.NOWRAP);
    }

    /** Where an inline block was laid out, or null when it has no box. */
    Placed placed(Element element) {
        return inlineBlocks.get(element);
    }

    /** The width (borders and padding included) the PDF layout gave a table cell, in twips; 0 when not laid out. */
    int cellWidth(Element cell) {
        return cellWidths.getOrDefault(cell, 0);
    }

    /** The 1-based page an element with this id starts on, or 0 when it has no box. */
    int pageOf(String id) {
        return pages.getOrDefault(id, 0);
    }

    /** A caption the stylesheet puts under its table ({@code caption-side: bottom}). */
    boolean captionBelow(Element caption) {
        return shared.getStyle(caption).isIdent(CSSName.CAPTION_SIDE, IdentValue.BOTTOM);
    }

    /** Line height as a multiple of the font size. */
    float lineHeight(Element element) {
        CalculatedStyle s = shared.getStyle(element);
        float font = s.getFont(css).size;
        return font <= 0 ? 1.2f : s.getLineHeight(css) / font;
    }

    Look look(Element element) {
        return looks.computeIfAbsent(element, this::read);
    }

    private Look read(Element element) {
        CalculatedStyle s = shared.getStyle(element);
        IdentValue weight = s.getIdent(CSSName.FONT_WEIGHT);
        boolean bold = weight == IdentValue.BOLD || weight == IdentValue.BOLDER || weight == IdentValue.FONT_WEIGHT_600
                || weight == IdentValue.FONT_WEIGHT_700 || weight == IdentValue.FONT_WEIGHT_800
                || weight == IdentValue.FONT_WEIGHT_900;
        boolean italic = s.isIdent(CSSName.FONT_STYLE, IdentValue.ITALIC) || s.isIdent(CSSName.FONT_STYLE, IdentValue.OBLIQUE);
        Align align = switch (String.valueOf(s.getIdent(CSSName.TEXT_ALIGN))) {
            case "center" -> Align.CENTER;
            case "right" -> Align.RIGHT;
            case "justify" -> Align.JUSTIFY;
            default -> Align.LEFT;
        };
        // the resolved size: a keyword (medium, larger) is no length until the font is derived
        float fontDots = s.getFont(css).size;
        RectPropertySet margin = s.getMarginRect(0, css, true);
        RectPropertySet padding = s.getPaddingRect(0, css, true);
        BorderPropertySet border = s.getBorder(css);
        int height = s.isAutoHeight() ? 0 : twips(s.getFloatPropertyProportionalHeight(CSSName.HEIGHT, 0, css));
        int width = s.isAutoWidth() ? 0 : twips(s.getFloatPropertyProportionalWidth(CSSName.WIDTH, 0, css));
        String family = String.join(",", s.asStringArray(CSSName.FONT_FAMILY)).toLowerCase(java.util.Locale.ROOT);
        String color = s.getColor() == null ? null : s.getColor().toString();
        return new Look(bold, italic,
                s.isIdent(CSSName.TEXT_TRANSFORM, IdentValue.UPPERCASE),
                s.isIdent(CSSName.VERTICAL_ALIGN, IdentValue.SUPER),
                align,
                Math.round(fontDots / dotsPerPoint * 2),
                s.isIdent(CSSName.DISPLAY, IdentValue.NONE),
                s.isRunning(), s.isRunning() ? s.getRunningName() : null,
                s.isIdent(CSSName.PAGE_BREAK_BEFORE, IdentValue.ALWAYS),
                s.isIdent(CSSName.PAGE_BREAK_AFTER, IdentValue.ALWAYS),
                s.isIdent(CSSName.PAGE_BREAK_AFTER, IdentValue.AVOID),
                s.isIdent(CSSName.PAGE_BREAK_INSIDE, IdentValue.AVOID),
                twips(margin.top()), twips(margin.bottom()), twips(margin.left()), twips(padding.left()),
                height, width,
                border.topStyle() != null && border.topStyle() != IdentValue.NONE && border.top() > 0,
                border.bottomStyle() != null && border.bottomStyle() != IdentValue.NONE && border.bottom() > 0,
                String.valueOf(s.getIdent(CSSName.LIST_STYLE_TYPE)),
                family.contains("mono"),
                color,
                s.isFootnote(),
                s.isInlineBlock());
    }

    private int twips(float dots) {
        return Math.max(0, Math.round(dots / dotsPerPoint * 20));
    }
}
