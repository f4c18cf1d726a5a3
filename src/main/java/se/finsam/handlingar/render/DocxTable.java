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

    static final int CELL_MARGIN = 85;
    /**
     * Columns are as wide as the PDF layout made them, which is just wide enough for their longest word; a word
     * processor measuring a hair wider would break that word, so the right cell margin gives back 1.5 pt.
     */
    private static final int SLACK = 30;
    private static final int CHAR_WIDTH = 105;

    /**
     * A cell of the grid; a cell spanning rows ({@code rowspan}) is written as a vertically merged cell, its first
     * row {@code restart}, each row it covers below as a {@code continued} cell, {@code last} on the final one.
     */
    private record Cell(Element element, int column, int span, boolean header, int rows, boolean continued, boolean last) {
    }

    private DocxTable() {
    }

    static void write(DocxBody body, Element table, int available) {
        LaidOut layout = body.layout();
        List<List<Cell>> rows = new ArrayList<>();
        List<Boolean> headerRows = new ArrayList<>();
        java.util.Map<Integer, Cell> spanning = new java.util.TreeMap<>();
        Element caption = null;
        for (Element child : elements(table)) {
            String tag = DocxBody.tag(child);
            if (tag.equals("caption")) {
                caption = child;
            } else if (tag.equals("tr")) {
                addRow(rows, headerRows, spanning, child, false);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : elements(child)) {
                    if (DocxBody.tag(tr).equals("tr")) {
                        addRow(rows, headerRows, spanning, tr, tag.equals("thead"));
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
                .append("\" w:type=\"dxa\"/><w:bottom w:w=\"20\" w:type=\"dxa\"/><w:right w:w=\"").append(CELL_MARGIN - SLACK)
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
                if (cell.continued()) {
                    out.append("<w:vMerge/>");
                } else if (cell.rows() > 1) {
                    out.append("<w:vMerge w:val=\"restart\"/>");
                }
                Look rowLook = layout.look((Element) cell.element().getParentNode());
                boolean top = !cell.continued() && (look.borderTop() || rowLook.borderTop());
                boolean bottom = (cell.rows() <= 1 || cell.last()) && (look.borderBottom() || rowLook.borderBottom());
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
                if (cell.continued()) {
                    out.append("<w:p/>");
                } else {
                    body.cellContent(cell.element(), null);
                }
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

    /**
     * Boxes side by side (inline blocks) as a borderless table: one row per line the PDF layout put them on, each box
     * as wide as laid out (equal shares where the layout has no box); a box with a frame keeps it, and the box's own
     * rule is drawn under the last row.
     */
    static void columns(DocxBody body, Element box, List<Element> cells, int available) {
        body.beforeTable(box);
        StringBuilder out = body.out();
        LaidOut layout = body.layout();
        List<List<Element>> lines = lines(layout, cells);
        int columns = 0;
        for (List<Element> line : lines) {
            columns = Math.max(columns, line.size());
        }
        int[] widths = new int[columns];
        for (List<Element> line : lines) {
            for (int c = 0; c < line.size(); c++) {
                LaidOut.Placed placed = layout.placed(line.get(c));
                widths[c] = Math.max(widths[c], placed == null || placed.width() == 0 ? available / columns : placed.width());
            }
        }
        widths = fitted(widths, available);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        boolean framed = false;
        for (Element cell : cells) {
            LaidOut.Look look = layout.look(cell);
            framed |= look.borderTop() && look.borderBottom();
        }
        boolean rule = layout.look(box).borderBottom();
        // framed boxes stand apart, as the margins between them do in the PDF
        int spacing = framed ? Math.max(0, (available - total) / Math.max(1, 2 * columns)) : 0;
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>");
        if (spacing > 0) {
            out.append("<w:tblCellSpacing w:w=\"").append(Math.min(spacing, 60)).append("\" w:type=\"dxa\"/>");
        }
        out.append("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
        // a framed box's padding becomes the cell margins
        int margin = 0;
        for (Element cell : cells) {
            margin = Math.max(margin, layout.look(cell).paddingLeft());
        }
        out.append("<w:top w:w=\"").append(framed ? CELL_MARGIN : 0).append("\" w:type=\"dxa\"/><w:left w:w=\"").append(margin)
                .append("\" w:type=\"dxa\"/><w:bottom w:w=\"").append(framed ? CELL_MARGIN : 0).append("\" w:type=\"dxa\"/><w:right w:w=\"")
                .append(Math.max(0, margin - SLACK)).append("\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        out.append("</w:tblGrid>");
        for (int l = 0; l < lines.size(); l++) {
            List<Element> line = lines.get(l);
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < line.size(); c++) {
                Element cell = line.get(c);
                LaidOut.Look look = layout.look(cell);
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>");
                if (look.borderTop() && look.borderBottom()) {
                    out.append("<w:tcBorders>");
                    for (String side : List.of("top", "left", "bottom", "right")) {
                        out.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8A8A8A\"/>");
                    }
                    out.append("</w:tcBorders>");
                } else if (rule && l == lines.size() - 1) {
                    out.append("<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"8A8A8A\"/></w:tcBorders>");
                }
                out.append("</w:tcPr>");
                body.cellContent(cell, null);
                out.append("</w:tc>");
            }
            for (int c = line.size(); c < columns; c++) {
                emptyCell(out, widths[c]);
            }
            out.append("</w:tr>");
        }
        out.append("</w:tbl>");
        body.tableWritten();
    }

    /** The boxes grouped by the line the layout put them on (all on one line where the layout has no boxes). */
    private static List<List<Element>> lines(LaidOut layout, List<Element> cells) {
        List<List<Element>> lines = new ArrayList<>();
        Integer top = null;
        for (Element cell : cells) {
            LaidOut.Placed placed = layout.placed(cell);
            boolean newLine = lines.isEmpty() || (placed != null && top != null && Math.abs(placed.top() - top) > 20);
            if (newLine) {
                lines.add(new ArrayList<>());
                top = placed == null ? null : placed.top();
            } else if (top == null && placed != null) {
                top = placed.top();
            }
            lines.get(lines.size() - 1).add(cell);
        }
        return lines;
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

    /** Reads one row into the grid, placing its cells after the columns that cells of earlier rows span into. */
    private static void addRow(List<List<Cell>> rows, List<Boolean> headers, java.util.Map<Integer, Cell> spanning,
            Element tr, boolean header) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (Element td : elements(tr)) {
            String tag = DocxBody.tag(td);
            if (tag.equals("td") || tag.equals("th")) {
                column = afterSpanning(cells, spanning, column);
                int span = number(td.getAttribute("colspan"));
                int rowSpan = number(td.getAttribute("rowspan"));
                Cell cell = new Cell(td, column, span, tag.equals("th"), rowSpan, false, false);
                cells.add(cell);
                if (rowSpan > 1) {
                    spanning.put(column, cell);
                }
                column += span;
            }
        }
        restSpanning(cells, spanning, column);
        rows.add(cells);
        headers.add(header);
    }

    /** Adds the continuations of cells from rows above that cover {@code column} (and the columns after it); the next free column. */
    private static int afterSpanning(List<Cell> cells, java.util.Map<Integer, Cell> spanning, int column) {
        while (spanning.containsKey(column)) {
            column = continueCell(cells, spanning, spanning.get(column));
        }
        return column;
    }

    /** At a row's end: the continuations of every cell from above in the columns after the row's own cells. */
    private static void restSpanning(List<Cell> cells, java.util.Map<Integer, Cell> spanning, int column) {
        for (Cell above : List.copyOf(spanning.values())) {
            if (above.column() >= column) {
                continueCell(cells, spanning, above);
            }
        }
    }

    private static int continueCell(List<Cell> cells, java.util.Map<Integer, Cell> spanning, Cell above) {
        int left = above.rows() - 1;
        cells.add(new Cell(above.element(), above.column(), above.span(), above.header(), above.rows(), true, left == 1));
        spanning.remove(above.column());
        if (left > 1) {
            spanning.put(above.column(), new Cell(above.element(), above.column(), above.span(), above.header(), left, false, false));
        }
        return above.column() + above.span();
    }

    private static int number(String attribute) {
        try {
            return Math.max(1, Integer.parseInt(attribute.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The widths the PDF layout gave the columns, so that a cell's text wraps where it wraps in the PDF; where the
     * layout has none, stylesheet widths where given, otherwise shares of the width by the longest word and text in
     * each column.
     */
    private static int[] widths(LaidOut layout, Element table, List<List<Cell>> rows, int columns, int available) {
        int[] laidOut = laidOutWidths(layout, rows, columns);
        if (laidOut != null) {
            return fitted(laidOut, available);
        }
        return estimatedWidths(layout, table, rows, columns, available);
    }

    /** Each column's width from a cell of span 1 in it, or null when a column has none. */
    private static int[] laidOutWidths(LaidOut layout, List<List<Cell>> rows, int columns) {
        int[] widths = new int[columns];
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                if (cell.span() == 1) {
                    widths[cell.column()] = Math.max(widths[cell.column()], layout.cellWidth(cell.element()));
                }
            }
        }
        for (int w : widths) {
            if (w == 0) {
                return null;
            }
        }
        return widths;
    }

    /** Scaled down only when the layout's table is wider than the text width (rounding, or a page of other size). */
    private static int[] fitted(int[] widths, int available) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        if (sum <= available) {
            return widths;
        }
        int[] scaled = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            scaled[c] = (int) ((long) widths[c] * available / sum);
        }
        return scaled;
    }

    private static int[] estimatedWidths(LaidOut layout, Element table, List<List<Cell>> rows, int columns, int available) {
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
