package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Word numbering for XHTML lists: every top-level list gets its own definition (so numbering restarts per list), its
 * levels taken from the list types found at each nesting depth, and its start from {@code <ol start>}.
 */
final class DocxNumbering {

    private final List<String> abstracts = new ArrayList<>();
    private final List<String> instances = new ArrayList<>();

    /** Defines the numbering of a top-level list and returns its numId. */
    int startList(Element list, LaidOut layout) {
        String[] types = new String[9];
        int[] indents = new int[9];
        scan(list, 0, types, indents, layout);
        int id = abstracts.size() + 1;
        StringBuilder a = new StringBuilder("<w:abstractNum w:abstractNumId=\"").append(id - 1).append("\">")
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        int left = 0;
        for (int level = 0; level < 9; level++) {
            String type = types[level] != null ? types[level] : level == 0 ? "decimal" : "disc";
            int step = indents[level] > 0 ? Math.max(360, indents[level]) : 360;
            left += step;
            int start = level == 0 ? start(list) : 1;
            a.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"").append(start).append("\"/>")
                    .append(format(type, level))
                    .append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(left).append("\" w:hanging=\"")
                    .append(Math.min(step, 360)).append("\"/></w:pPr>");
            if (isBullet(type)) {
                a.append("<w:rPr><w:rFonts w:ascii=\"Carlito\" w:hAnsi=\"Carlito\"/></w:rPr>");
            }
            a.append("</w:lvl>");
        }
        a.append("</w:abstractNum>");
        abstracts.add(a.toString());
        instances.add("<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + (id - 1) + "\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"" + start(list) + "\"/></w:lvlOverride></w:num>");
        return id;
    }

    boolean isEmpty() {
        return abstracts.isEmpty();
    }

    String xml() {
        return String.join("", abstracts) + String.join("", instances);
    }

    private static int start(Element list) {
        try {
            return list.hasAttribute("start") ? Integer.parseInt(list.getAttribute("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void scan(Element list, int depth, String[] types, int[] indents, LaidOut layout) {
        if (depth >= 9) {
            return;
        }
        if (types[depth] == null) {
            String type = layout.look(list).listStyle();
            types[depth] = type == null || type.equals("null") ? (DocxBody.tag(list).equals("ol") ? "decimal" : "disc") : type;
            indents[depth] = layout.look(list).paddingLeft() + layout.look(list).marginLeft();
        }
        NodeList all = list.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String tag = DocxBody.tag(e);
            if ((tag.equals("ul") || tag.equals("ol")) && nearestList(e) == list) {
                scan(e, depth + 1, types, indents, layout);
            }
        }
    }

    private static Element nearestList(Element e) {
        for (org.w3c.dom.Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            String tag = DocxBody.tag(p);
            if (tag.equals("ul") || tag.equals("ol")) {
                return p;
            }
        }
        return null;
    }

    private static boolean isBullet(String type) {
        return type.equals("disc") || type.equals("circle") || type.equals("square");
    }

    private static String format(String type, int level) {
        String text = "%" + (level + 1) + ".";
        return switch (type) {
            case "disc" -> "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/>";
            case "circle" -> "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u25E6\"/>";
            case "square" -> "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u25AA\"/>";
            case "none" -> "<w:numFmt w:val=\"none\"/><w:lvlText w:val=\"\"/>";
            case "lower-alpha", "lower-latin" -> "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"" + text + "\"/>";
            case "upper-alpha", "upper-latin" -> "<w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"" + text + "\"/>";
            case "lower-roman" -> "<w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"" + text + "\"/>";
            case "upper-roman" -> "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"" + text + "\"/>";
            default -> "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"" + text + "\"/>";
        };
    }
}
