package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import se.finsam.handlingar.render.LaidOut.Look;

/**
 * Real Word footnotes for the template's footnotes: an element the stylesheet floats as a footnote
 * ({@code float: footnote}) or of class {@code fotnot}. Its content becomes the footnote text; Word numbers it.
 */
final class DocxFootnotes {

    private final List<String> notes = new ArrayList<>();

    boolean isFootnote(Element element, Look look) {
        return look.footnote() || (" " + element.getAttribute("class") + " ").contains(" fotnot ");
    }

    String reference(Element element, DocxBody body) {
        int id = notes.size() + 1;
        notes.add("<w:footnote w:id=\"" + id + "\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
                + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>" + body.inlineRuns(element) + "</w:p></w:footnote>");
        return "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"" + id + "\"/></w:r>";
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    String xml() {
        return "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
                + "w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" "
                + "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + String.join("", notes);
    }
}
