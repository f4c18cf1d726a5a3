package se.finsam.handlingar.budget;

import java.math.BigInteger;
import java.util.List;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * The WordprocessingML pieces the verksamhetsplan DOCX is made of: styled paragraphs and runs, bullet lists, tables
 * with repeating header rows, a footer with "Sida X av Y" and a table-of-contents field that Word fills in.
 */
final class BudgetDocxParts {

    static final ObjectFactory WML = Context.getWmlObjectFactory();
    static final int BULLETS = 1;
    static final int NUMBERS = 2;
    /** Text width of an A4 page with docx4j's default margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9026;

    private static final List<String> STYLES = List.of("Title", "Subtitle", "Heading1", "Heading2", "Heading3",
            "TOCHeading", "TOC1", "TOC2", "Caption", "NoSpacing", "ListParagraph", "FootnoteText", "Footer", "TableGrid");
    private static final String W = "xmlns:w=\"" + Namespaces.NS_WORD12 + "\"";

    private BudgetDocxParts() {
    }

    static void setUp(WordprocessingMLPackage pkg) throws Docx4JException {
        MainDocumentPart main = pkg.getMainDocumentPart();
        try {
            NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
            numbering.setJaxbElement((Numbering) XmlUtils.unmarshalString("<w:numbering " + W + ">"
                    + abstractNum(0, "bullet", "\u2022") + abstractNum(1, "decimal", "%1.")
                    + "<w:num w:numId=\"" + BULLETS + "\"><w:abstractNumId w:val=\"0\"/></w:num>"
                    + "<w:num w:numId=\"" + NUMBERS + "\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>"));
            main.addTargetPart(numbering);

            FooterPart footer = new FooterPart();
            footer.setPackage(pkg);
            footer.setJaxbElement((Ftr) XmlUtils.unmarshalString("<w:ftr " + W + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>"
                    + "<w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Sida </w:t></w:r>"
                    + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                    + "<w:r><w:t xml:space=\"preserve\"> av </w:t></w:r>"
                    + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"));
            Relationship rel = main.addTargetPart(footer);
            FooterReference reference = WML.createFooterReference();
            reference.setId(rel.getId());
            reference.setType(HdrFtrRef.DEFAULT);
            SectPr section = pkg.getDocumentModel().getSections().get(0).getSectPr();
            section.getEGHdrFtrReferences().add(reference);
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new Docx4JException("DOCX-delarna kunde inte byggas", e);
        }

        // Word asks to update fields on opening, which fills in the table of contents and its page numbers.
        DocumentSettingsPart settings = main.getDocumentSettingsPart();
        if (settings == null) {
            settings = new DocumentSettingsPart();
            settings.setJaxbElement(WML.createCTSettings());
            main.addTargetPart(settings);
        }
        CTSettings ct = settings.getJaxbElement();
        ct.setUpdateFields(new BooleanDefaultTrue());

        // A paragraph style missing from styles.xml makes LibreOffice move table cell content out of its table.
        for (String style : STYLES) {
            main.getPropertyResolver().activateStyle(style);
        }
        CTLanguage swedish = WML.createCTLanguage();
        swedish.setVal("sv-SE");
        RPr defaults = main.getStyleDefinitionsPart().getJaxbElement().getDocDefaults().getRPrDefault().getRPr();
        defaults.setLang(swedish);
    }

    private static String abstractNum(int id, String format, String text) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>";
    }

    static P paragraph(String style) {
        P p = WML.createP();
        PPr ppr = WML.createPPr();
        if (style != null) {
            PPrBase.PStyle s = WML.createPPrBasePStyle();
            s.setVal(style);
            ppr.setPStyle(s);
        }
        p.setPPr(ppr);
        return p;
    }

    static P paragraph(String style, String text) {
        P p = paragraph(style);
        p.getContent().add(run(text, false, false));
        return p;
    }

    static void listItem(P p, int numId) {
        PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
        PPrBase.NumPr.Ilvl level = WML.createPPrBaseNumPrIlvl();
        level.setVal(BigInteger.ZERO);
        PPrBase.NumPr.NumId id = WML.createPPrBaseNumPrNumId();
        id.setVal(BigInteger.valueOf(numId));
        numPr.setIlvl(level);
        numPr.setNumId(id);
        p.getPPr().setNumPr(numPr);
    }

    static void align(P p, JcEnumeration alignment) {
        Jc jc = WML.createJc();
        jc.setVal(alignment);
        p.getPPr().setJc(jc);
    }

    static void keepWithNext(P p) {
        p.getPPr().setKeepNext(new BooleanDefaultTrue());
    }

    static R run(String text, boolean bold, boolean italic) {
        R r = WML.createR();
        if (bold || italic) {
            RPr rpr = WML.createRPr();
            if (bold) {
                rpr.setB(new BooleanDefaultTrue());
            }
            if (italic) {
                rpr.setI(new BooleanDefaultTrue());
            }
            r.setRPr(rpr);
        }
        Text t = WML.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(t);
        return r;
    }

    /** A paragraph holding a complex field (e.g. {@code TOC}) with the text shown until Word updates it. */
    static P field(String instruction, String placeholder) {
        P p = paragraph(null);
        p.getContent().add(fieldChar("begin"));
        R instr = WML.createR();
        Text text = WML.createText();
        text.setValue(" " + instruction + " ");
        text.setSpace("preserve");
        instr.getContent().add(WML.createRInstrText(text));
        p.getContent().add(instr);
        p.getContent().add(fieldChar("separate"));
        p.getContent().add(run(placeholder, false, true));
        p.getContent().add(fieldChar("end"));
        return p;
    }

    private static R fieldChar(String type) {
        R r = WML.createR();
        org.docx4j.wml.FldChar c = WML.createFldChar();
        c.setFldCharType(org.docx4j.wml.STFldCharType.fromValue(type));
        r.getContent().add(WML.createRFldChar(c));
        return r;
    }

    /** A table with the given column widths (twips); the first row is a header row repeated on every page. */
    static Tbl table(int[] widths) {
        Tbl table = WML.createTbl();
        TblPr pr = WML.createTblPr();
        TblPr.TblStyle style = WML.createCTTblPrBaseTblStyle();
        style.setVal("TableGrid");
        pr.setTblStyle(style);
        TblWidth width = WML.createTblWidth();
        width.setType("dxa");
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        pr.setTblW(width);
        table.setTblPr(pr);
        TblGrid grid = WML.createTblGrid();
        for (int w : widths) {
            TblGridCol col = WML.createTblGridCol();
            col.setW(BigInteger.valueOf(w));
            grid.getGridCol().add(col);
        }
        table.setTblGrid(grid);
        return table;
    }

    static Tr row(Tbl table, boolean header) {
        Tr tr = WML.createTr();
        TrPr pr = WML.createTrPr();
        if (header) {
            pr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        }
        pr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        tr.setTrPr(pr);
        table.getContent().add(tr);
        return tr;
    }

    static Tc cell(Tr row, int width, String text, boolean bold, JcEnumeration alignment) {
        Tc tc = WML.createTc();
        TcPr pr = WML.createTcPr();
        TblWidth w = WML.createTblWidth();
        w.setType("dxa");
        w.setW(BigInteger.valueOf(width));
        pr.setTcW(w);
        tc.setTcPr(pr);
        P p = paragraph("NoSpacing");
        p.getContent().add(run(text == null ? "" : text, bold, false));
        if (alignment != null) {
            align(p, alignment);
        }
        tc.getContent().add(p);
        row.getContent().add(tc);
        return tc;
    }

    static void cells(Tr row, int[] widths, List<String> texts, boolean bold, JcEnumeration numbers) {
        for (int i = 0; i < texts.size(); i++) {
            cell(row, widths[Math.min(i, widths.length - 1)], texts.get(i), bold, i == 0 ? null : numbers);
        }
    }
}
