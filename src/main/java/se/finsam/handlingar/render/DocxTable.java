package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import se.finsam.handlingar.render.LaidOut.Look;

/**
 * An XHTML table as a Word table: the caption as a Caption paragraph kept with the table, header rows repeated on
 * every page, rows that do not split, column widths from the content (or the stylesheet's widths), cell padding and
 * the rules the stylesheet draws.
 */
final class DocxTable {

    private static final int CELL_MARGIN = 85;
    private static final int CHAR_WIDTH = 105;

    private record Cell(Element element, int column, int span, boolean header) {
    }

    private DocxTable() {
    }

    static void write(DocxBody body, Element table, int available) {
        LaidOut layout = body.layout();
        List<List<Cell>> rows = new ArrayList<>();
        List<Boolean> headerRows = new ArrayList<>();
        Element caption = null;
        for (Element child : elements(table)) {
            String tag = DocxBody.tag(child);
            if (tag.equals("caption")) {
                caption = child;
            } else if (tag.equals("tr")) {
                addRow(rows, headerRows, child, false);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : elements(child)) {
                    if (DocxBody.tag(tr).equals("tr")) {
                        addRow(rows, headerRows, tr, tag.equals("thead"));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        body.beforeTable(table);
        boolean captionBelow = caption != null && layout.captionBelow(caption);
        if (caption != null && !captionBelow) {
            body.cellContent(caption, "Caption");
            markKeepNext(body.out());
        }
        int columns = rows.stream().mapToInt(r -> r.stream().mapToInt(c -> c.column() + c.span()).max().orElse(0)).max().orElse(1);
        int[] widths = widths(layout, table, rows, columns, available);
        StringBuilder out = body.out();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabell\"/><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>")
                .append("<w:tblLayout w:type=\"fixed\"/>")
                .append("<w:tblCellMar><w:top w:w=\"20\" w:type=\"dxa\"/><w:left w:w=\"").append(CELL_MARGIN)
                .append("\" w:type=\"dxa\"/><w:bottom w:w=\"20\" w:type=\"dxa\"/><w:right w:w=\"").append(CELL_MARGIN)
                .append("\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" ")
                .append("w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        out.append("</w:tblGrid>");
        for (int r = 0; r < rows.size(); r++) {
            out.append("<w:tr><w:trPr><w:cantSplit/>");
            if (headerRows.get(r)) {
                out.append("<w:tblHeader/>");
            }
            out.append("</w:trPr>");
            int col = 0;
            for (Cell cell : rows.get(r)) {
                while (col < cell.column()) {
                    emptyCell(out, widths[col]);
                    col++;
                }
                int width = 0;
                for (int i = cell.column(); i < cell.column() + cell.span() && i < widths.length; i++) {
                    width += widths[i];
                }
                Look look = layout.look(cell.element());
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
                if (cell.span() > 1) {
                    out.append("<w:gridSpan w:val=\"").append(cell.span()).append("\"/>");
                }
                Look rowLook = layout.look((Element) cell.element().getParentNode());
                boolean top = look.borderTop() || rowLook.borderTop();
                boolean bottom = look.borderBottom() || rowLook.borderBottom();
                if (top || bottom) {
                    out.append("<w:tcBorders>");
                    if (top) {
                        out.append("<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A8A8A\"/>");
                    }
                    if (bottom) {
                        out.append("<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A8A8A\"/>");
                    }
                    out.append("</w:tcBorders>");
                }
                out.append("</w:tcPr>");
                body.cellContent(cell.element(), null);
                out.append("</w:tc>");
                col = cell.column() + cell.span();
            }
            while (col < columns) {
                emptyCell(out, widths[col]);
                col++;
            }
            out.append("</w:tr>");
        }
        out.append("</w:tbl>");
        body.tableWritten();
        if (captionBelow) {
            body.cellContent(caption, "Caption");
            body.tableWritten();
        }
    }

    /** Boxes side by side as one borderless row of equal columns, the box's rule drawn under the row. */
    static void columns(DocxBody body, Element box, List<Element> cells, int available) {
        body.beforeTable(box);
        StringBuilder out = body.out();
        int width = available / cells.size();
        boolean rule = body.layout().look(box).borderBottom();
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(width * cells.size()).append("\" w:type=\"dxa\"/>")
                .append("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
        for (int i = 0; i < cells.size(); i++) {
            out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        out.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (Element cell : cells) {
            out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
            if (rule) {
                out.append("<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"8A8A8A\"/></w:tcBorders>");
            }
            out.append("</w:tcPr>");
            body.cellContent(cell, null);
            out.append("</w:tc>");
        }
        out.append("</w:tr></w:tbl>");
        body.tableWritten();
    }

    /** The caption's last paragraph keeps with the table that follows. */
    private static void markKeepNext(StringBuilder out) {
        int p = out.lastIndexOf("<w:p><w:pPr>");
        if (p >= 0 && out.indexOf("<w:keepNext/>", p) < 0) {
            out.insert(p + "<w:p><w:pPr>".length() + pStyleLength(out, p + "<w:p><w:pPr>".length()), "<w:keepNext/>");
        }
    }

    private static int pStyleLength(StringBuilder out, int from) {
        if (out.indexOf("<w:pStyle", from) == from) {
            return out.indexOf("/>", from) + 2 - from;
        }
        return 0;
    }

    private static void emptyCell(StringBuilder out, int width) {
        out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>");
    }

    private static void addRow(List<List<Cell>> rows, List<Boolean> headers, Element tr, boolean header) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (Element td : elements(tr)) {
            String tag = DocxBody.tag(td);
            if (tag.equals("td") || tag.equals("th")) {
                int span = 1;
                try {
                    span = Math.max(1, Integer.parseInt(td.getAttribute("colspan").strip()));
                } catch (NumberFormatException e) {
                    span = 1;
                }
                cells.add(new Cell(td, column, span, tag.equals("th")));
                column += span;
            }
        }
        rows.add(cells);
        headers.add(header);
    }

    /** Stylesheet widths where given; otherwise shares of the width by the longest word and text in each column. */
    private static int[] widths(LaidOut layout, Element table, List<List<Cell>> rows, int columns, int available) {
        int[] desired = new int[columns];
        int[] minimum = new int[columns];
        int[] fixed = new int[columns];
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                if (cell.span() != 1) {
                    continue;
                }
                String text = DocxText.collapse(cell.element().getTextContent()).strip();
                int longestWord = 0;
                for (String word : text.split(" ")) {
                    longestWord = Math.max(longestWord, word.length());
                }
                int c = cell.column();
                desired[c] = Math.max(desired[c], Math.min(text.length(), 60) * CHAR_WIDTH + 2 * CELL_MARGIN);
                minimum[c] = Math.max(minimum[c], longestWord * 135 + 2 * CELL_MARGIN + 60);
                int styled = layout.look(cell.element()).widthTwips();
                if (styled > 0) {
                    fixed[c] = Math.max(fixed[c], styled + 2 * CELL_MARGIN);
                }
            }
        }
        Look tableLook = layout.look(table);
        // the house style sets tables to the text width; a stylesheet width in absolute units narrows them
        int target = tableLook.widthTwips() > 0 ? Math.min(tableLook.widthTwips(), available) : available;
        int[] widths = new int[columns];
        int sum = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = fixed[c] > 0 ? fixed[c] : Math.max(Math.max(desired[c], minimum[c]), 4 * CHAR_WIDTH);
            sum += widths[c];
        }
        int goal = target;
        if (sum != goal) {
            int flexible = 0;
            for (int c = 0; c < columns; c++) {
                flexible += fixed[c] > 0 ? 0 : widths[c];
            }
            int fixedSum = sum - flexible;
            double factor = flexible == 0 ? 1 : Math.max(0.1, (goal - fixedSum) / (double) flexible);
            for (int c = 0; c < columns; c++) {
                if (fixed[c] == 0) {
                    widths[c] = (int) Math.round(widths[c] * factor);
                    if (factor < 1) {
                        widths[c] = Math.max(widths[c], Math.min(minimum[c], goal / columns));
                    }
                }
            }
        }
        return widths;
    }

    static List<Element> elements(Element parent) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
