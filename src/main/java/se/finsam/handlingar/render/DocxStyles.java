package se.finsam.handlingar.render;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.finsam.handlingar.render.LaidOut.Look;

/**
 * The Word styles of a document, taken from the computed CSS of the template (body text, the first heading of each
 * level, captions): named styles a kansli can change in Word, with the bundled font named explicitly (no theme
 * fonts), Swedish as the language, and only the differences written as direct formatting on runs.
 */
final class DocxStyles {

    private record Facts(boolean bold, boolean italic, boolean caps, int size) {
        static Facts of(Look look) {
            return new Facts(look.bold(), look.italic(), look.uppercase(), look.fontSizeHalfPoints());
        }
    }

    private final String font;
    private final Map<String, Facts> facts = new HashMap<>();
    private final Map<String, Look> looks = new HashMap<>();
    private final int line;

    DocxStyles(Element body, LaidOut layout, String font) {
        this.font = font;
        Look normal = layout.look(body);
        facts.put("Normal", Facts.of(normal));
        looks.put("Normal", normal);
        // Carlito's single line is about 1.22 em, Word's "single" spacing; CSS line-height is a multiple of the em
        this.line = Math.max(240, Math.round(240 * layout.lineHeight(body) / 1.22f));
        for (int level = 1; level <= 4; level++) {
            Element first = first(body, "h" + level);
            Look look = first != null ? layout.look(first) : null;
            Facts f = look != null ? Facts.of(look)
                    : new Facts(true, false, false, Math.max(normal.fontSizeHalfPoints(), 36 - 4 * level));
            facts.put("Heading" + level, f);
            if (look != null) {
                looks.put("Heading" + level, look);
            }
        }
        Element caption = first(body, "caption");
        facts.put("Caption", caption != null ? Facts.of(layout.look(caption))
                : new Facts(true, false, false, normal.fontSizeHalfPoints()));
        facts.put("FootnoteText", new Facts(false, false, false, Math.max(16, normal.fontSizeHalfPoints() - 4)));
    }

    private static Element first(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    /** Direct run formatting: only what differs from the paragraph's style. */
    String runProperties(Look look, String paragraphStyle) {
        Facts base = facts.getOrDefault(paragraphStyle == null ? "Normal" : paragraphStyle, facts.get("Normal"));
        StringBuilder r = new StringBuilder();
        if (look.monospace()) {
            r.append("<w:rFonts w:ascii=\"DejaVu Sans Mono\" w:hAnsi=\"DejaVu Sans Mono\" w:cs=\"DejaVu Sans Mono\"/>");
        }
        if (look.bold() != base.bold()) {
            r.append(look.bold() ? "<w:b/>" : "<w:b w:val=\"0\"/>");
        }
        if (look.italic() != base.italic()) {
            r.append(look.italic() ? "<w:i/>" : "<w:i w:val=\"0\"/>");
        }
        if (look.uppercase() != base.caps()) {
            r.append(look.uppercase() ? "<w:caps/>" : "<w:caps w:val=\"0\"/>");
        }
        if (look.fontSizeHalfPoints() != base.size() && look.fontSizeHalfPoints() > 0) {
            r.append("<w:sz w:val=\"").append(look.fontSizeHalfPoints()).append("\"/><w:szCs w:val=\"")
                    .append(look.fontSizeHalfPoints()).append("\"/>");
        }
        if (look.superscript()) {
            r.append("<w:vertAlign w:val=\"superscript\"/>");
        }
        return r.toString();
    }

    String xml() {
        Facts normal = facts.get("Normal");
        StringBuilder s = new StringBuilder();
        s.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"")
                .append(font).append("\" w:eastAsia=\"").append(font).append("\" w:cs=\"").append(font)
                .append("\"/><w:sz w:val=\"").append(normal.size()).append("\"/><w:szCs w:val=\"").append(normal.size())
                .append("\"/><w:lang w:val=\"sv-SE\" w:eastAsia=\"sv-SE\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"").append(line)
                .append("\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        s.append(paragraphStyle("Normal", "Normal", null, null, true, ""));
        for (int level = 1; level <= 4; level++) {
            Look look = looks.get("Heading" + level);
            String spacing = look == null ? "<w:spacing w:before=\"240\" w:after=\"120\"/>"
                    : "<w:spacing w:before=\"" + look.marginTop() + "\" w:after=\"" + look.marginBottom() + "\"/>";
            s.append(paragraphStyle("Heading" + level, "heading " + level, "Normal", "Normal",
                    false, "<w:keepNext/><w:keepLines/>" + spacing + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>"));
        }
        s.append(paragraphStyle("Caption", "caption", "Normal", "Normal", false, "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>"));
        s.append(paragraphStyle("FootnoteText", "footnote text", "Normal", null, false, "<w:spacing w:after=\"0\"/>"));
        for (int level = 1; level <= 4; level++) {
            s.append("<w:style w:type=\"paragraph\" w:styleId=\"TOC").append(level).append("\"><w:name w:val=\"toc ")
                    .append(level).append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>")
                    .append("<w:pPr><w:spacing w:before=\"").append(level == 1 ? 80 : 0).append("\" w:after=\"40\"/><w:ind w:left=\"")
                    .append((level - 1) * 340).append("\"/></w:pPr>")
                    .append("</w:style>");
        }
        s.append("<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>")
                .append("<w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9000\"/></w:tabs></w:pPr><w:rPr><w:color w:val=\"444444\"/>")
                .append("<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>")
                .append("<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:color w:val=\"444444\"/><w:sz w:val=\"18\"/>")
                .append("<w:szCs w:val=\"18\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>")
                .append("<w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
        s.append("<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>")
                .append("<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr>")
                .append("<w:color w:val=\"1A1A1A\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");
        s.append("<w:style w:type=\"table\" w:styleId=\"Tabell\"><w:name w:val=\"Tabell\"/><w:basedOn w:val=\"TableNormal\"/>")
                .append("<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:semiHidden/></w:style>");
        return s.toString();
    }

    private String paragraphStyle(String id, String name, String basedOn, String next, boolean isDefault, String pPr) {
        Facts f = facts.get(id);
        Facts normal = facts.get("Normal");
        StringBuilder s = new StringBuilder("<w:style w:type=\"paragraph\"");
        if (isDefault) {
            s.append(" w:default=\"1\"");
        }
        s.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (next != null) {
            s.append("<w:next w:val=\"").append(next).append("\"/>");
        }
        if (id.startsWith("Heading")) {
            s.append("<w:uiPriority w:val=\"9\"/><w:qFormat/>");
        } else if (isDefault) {
            s.append("<w:qFormat/>");
        }
        if (!pPr.isEmpty()) {
            s.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        StringBuilder r = new StringBuilder();
        if (f.bold()) {
            r.append("<w:b/><w:bCs/>");
        }
        if (f.italic()) {
            r.append("<w:i/><w:iCs/>");
        }
        if (f.caps()) {
            r.append("<w:caps/>");
        }
        if (f.size() != normal.size() || isDefault) {
            r.append("<w:sz w:val=\"").append(f.size()).append("\"/><w:szCs w:val=\"").append(f.size()).append("\"/>");
        }
        if (!r.isEmpty()) {
            s.append("<w:rPr>").append(r).append("</w:rPr>");
        }
        return s.append("</w:style>").toString();
    }
}
