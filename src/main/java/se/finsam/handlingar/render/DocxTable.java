package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import se.finsam.handlingar.render.LaidOut.Look;

/**
 * An XHTML table as a Word table: the caption as a Caption paragraph kept with the table, header rows repeated on
 * every page, rows that do not split, column widths from the content (or the stylesheet's widths), cell padding,
 * cells that span rows (a vertical merge, as a protokoll's "Beslutande" beside its names) and the rules the stylesheet
 * draws.
 */
final class DocxTable {

    private static final int CELL_MARGIN = 85;
    private static final int CHAR_WIDTH = 105;

    private record Cell(Element element, int column, int span, boolean header, int rowSpan) {
    }

    /** The rows as read: per row its cells, and the columns (with their width in columns) a cell above still covers. */
    private record Rows(List<List<Cell>> cells, List<java.util.Map<Integer, Integer>> covered,
            java.util.Map<Integer, int[]> pending) {
        Rows() {
            this(new ArrayList<>(), new ArrayList<>(), new java.util.HashMap<>());
        }
    }

    private DocxTable() {
    }

    static void write(DocxBody body, Element table, int available) {
        LaidOut layout = body.layout();
        Rows read = new Rows();
        List<List<Cell>> rows = read.cells();
        List<Boolean> headerRows = new ArrayList<>();
        Element caption = null;
        for (Element child : elements(table)) {
            String tag = DocxBody.tag(child);
            if (tag.equals("caption")) {
                caption = child;
            } else if (tag.equals("tr")) {
                addRow(read, headerRows, child, false);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : elements(child)) {
                    if (DocxBody.tag(tr).equals("tr")) {
                        addRow(read, headerRows, tr, tag.equals("thead"));
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
            java.util.Map<Integer, Integer> covered = read.covered().get(r);
            for (Cell cell : rows.get(r)) {
                while (col < cell.column()) {
                    col = gapCell(out, widths, covered, col);
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
                if (cell.rowSpan() > 1) {
                    out.append("<w:vMerge w:val=\"restart\"/>");
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
                col = gapCell(out, widths, covered, col);
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

    /** The cell at a column no cell of the row starts at: the continuation of a cell above, or an empty cell. */
    private static int gapCell(StringBuilder out, int[] widths, java.util.Map<Integer, Integer> covered, int col) {
        Integer span = covered.get(col);
        if (span == null) {
            emptyCell(out, widths[col]);
            return col + 1;
        }
        int width = 0;
        for (int i = col; i < col + span && i < widths.length; i++) {
            width += widths[i];
        }
        out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
            out.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        out.append("<w:vMerge/></w:tcPr><w:p/></w:tc>");
        return col + span;
    }

    private static void emptyCell(StringBuilder out, int width) {
        out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>");
    }

    private static void addRow(Rows read, List<Boolean> headers, Element tr, boolean header) {
        // columns still covered by a cell of a row above (its rowspan): {width in columns, rows left}
        java.util.Map<Integer, Integer> covered = new java.util.HashMap<>();
        read.pending().forEach((column, left) -> covered.put(column, left[0]));
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (Element td : elements(tr)) {
            String tag = DocxBody.tag(td);
            if (tag.equals("td") || tag.equals("th")) {
                while (covered.containsKey(column)) {
                    column += covered.get(column);
                }
                int span = number(td, "colspan");
                int rowSpan = number(td, "rowspan");
                cells.add(new Cell(td, column, span, tag.equals("th"), rowSpan));
                column += span;
            }
        }
        read.pending().values().forEach(left -> left[1]--);
        read.pending().values().removeIf(left -> left[1] <= 0);
        for (Cell cell : cells) {
            if (cell.rowSpan() > 1) {
                read.pending().put(cell.column(), new int[] {cell.span(), cell.rowSpan() - 1});
            }
        }
        read.cells().add(cells);
        read.covered().add(covered);
        headers.add(header);
    }

    private static int number(Element td, String attribute) {
        try {
            return Math.max(1, Integer.parseInt(td.getAttribute(attribute).strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
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
