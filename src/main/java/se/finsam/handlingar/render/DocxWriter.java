package se.finsam.handlingar.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.ThemePart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An editable Word document from the same XHTML as the PDF: laid out once as for the PDF so that styles, page
 * numbers in the table of contents and the page set-up follow the template; written with docx4j; the same data and
 * versions give the same bytes.
 */
@Component
class DocxWriter {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String NS = "xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"";

    private final PdfPipeline pipeline;
    private final FontLibrary fonts;
    private final String font;
    private final String theme;

    DocxWriter(PdfPipeline pipeline, FontLibrary fonts) {
        this.pipeline = pipeline;
        this.fonts = fonts;
        this.font = fonts.defaultFamily();
        try (InputStream in = DocxWriter.class.getResourceAsStream("/docx/theme.xml")) {
            this.theme = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@FONT@", font);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("docx/theme.xml saknas", e);
        }
    }

    byte[] write(Document xhtml, Map<String, String> templateFiles, LocalDate documentDate) {
        return pipeline.layout(xhtml, templateFiles, layout -> {
            try {
                return build(xhtml, templateFiles, documentDate, layout);
            } catch (Docx4JException | IOException e) {
                throw new RenderException("DOCX kunde inte skapas: " + e.getMessage(), e);
            }
        });
    }

    private byte[] build(Document xhtml, Map<String, String> files, LocalDate date, LaidOut layout)
            throws Docx4JException, IOException {
        Element body = (Element) xhtml.getElementsByTagName("body").item(0);
        DocxPage page = DocxPage.from(files);
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();

        DocxStyles styles = new DocxStyles(body, layout, font);
        StyleDefinitionsPart stylesPart = main.getStyleDefinitionsPart(true);
        fill(stylesPart, "<w:styles " + NS + ">" + styles.xml() + "</w:styles>");

        ThemePart themePart = new ThemePart(new PartName("/word/theme/theme1.xml"));
        fill(themePart, theme);
        main.addTargetPart(themePart);

        DocxNumbering numbering = new DocxNumbering();
        DocxFootnotes footnotes = new DocxFootnotes();
        Map<String, String> links = new LinkedHashMap<>();
        DocxBody writer = new DocxBody(layout, styles, numbering, footnotes,
                href -> href.matches("(?i)(https?|mailto):.+") ? links.computeIfAbsent(href, h -> "rIdLink" + (links.size() + 1)) : null,
                page.textWidth());
        String content = writer.write(body);

        for (Map.Entry<String, String> link : links.entrySet()) {
            Relationship rel = new org.docx4j.relationships.ObjectFactory().createRelationship();
            rel.setId(link.getValue());
            rel.setType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink");
            rel.setTarget(link.getKey());
            rel.setTargetMode("External");
            main.getRelationshipsPart().addRelationship(rel);
        }
        if (!numbering.isEmpty()) {
            NumberingDefinitionsPart part = new NumberingDefinitionsPart();
            fill(part, "<w:numbering " + NS + ">" + numbering.xml() + "</w:numbering>");
            main.addTargetPart(part);
        }
        if (!footnotes.isEmpty()) {
            FootnotesPart part = new FootnotesPart();
            fill(part, "<w:footnotes " + NS + ">" + footnotes.xml() + "</w:footnotes>");
            main.addTargetPart(part);
        }
        DocxFonts.addFontTable(main, font, fonts.faces());
        DocumentSettingsPart settings = new DocumentSettingsPart();
        fill(settings, "<w:settings " + NS + "><w:embedTrueTypeFonts/><w:defaultTabStop w:val=\"709\"/><w:hyphenationZone w:val=\"425\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + (footnotes.isEmpty() ? "" : "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>")
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"sv-SE\"/><w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/></w:settings>");
        main.addTargetPart(settings);

        StringBuilder sect = new StringBuilder("<w:sectPr>");
        String headerXml = header(body, layout, page);
        if (headerXml != null) {
            HeaderPart header = new HeaderPart(new PartName("/word/header1.xml"));
            fill(header, "<w:hdr " + NS + ">" + headerXml + "</w:hdr>");
            sect.append("<w:headerReference w:type=\"default\" r:id=\"").append(main.addTargetPart(header).getId()).append("\"/>");
            if (page.noHeaderOnFirst()) {
                HeaderPart empty = new HeaderPart(new PartName("/word/header2.xml"));
                fill(empty, "<w:hdr " + NS + "><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>");
                sect.append("<w:headerReference w:type=\"first\" r:id=\"").append(main.addTargetPart(empty).getId()).append("\"/>");
            }
        }
        if (!page.footer().isEmpty()) {
            FooterPart footer = new FooterPart(new PartName("/word/footer1.xml"));
            fill(footer, "<w:ftr " + NS + ">" + footer(page) + "</w:ftr>");
            String id = main.addTargetPart(footer).getId();
            sect.append("<w:footerReference w:type=\"default\" r:id=\"").append(id).append("\"/>");
            if (page.noHeaderOnFirst()) {
                sect.append("<w:footerReference w:type=\"first\" r:id=\"").append(page.noFooterOnFirst() ? emptyFooter(main) : id).append("\"/>");
            }
        }
        sect.append("<w:pgSz w:w=\"").append(page.width()).append("\" w:h=\"").append(page.height()).append("\"/>")
                .append("<w:pgMar w:top=\"").append(page.top()).append("\" w:right=\"").append(page.right())
                .append("\" w:bottom=\"").append(page.bottom()).append("\" w:left=\"").append(page.left())
                .append("\" w:header=\"").append(Math.max(284, page.top() / 2)).append("\" w:footer=\"")
                .append(Math.max(284, page.bottom() / 2)).append("\" w:gutter=\"0\"/>");
        if (page.noHeaderOnFirst()) {
            sect.append("<w:titlePg/>");
        }
        sect.append("</w:sectPr>");
        fill(main, "<w:document " + NS + "><w:body>" + content + sect + "</w:body></w:document>");

        DocPropsCorePart core = pkg.getDocPropsCorePart();
        if (core == null) {
            core = new DocPropsCorePart();
            pkg.addTargetPart(core);
        }
        fill(core, coreProperties(xhtml, date));

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pkg.save(out);
        return deterministic(out.toByteArray(), date);
    }

    private String emptyFooter(MainDocumentPart main) throws InvalidFormatException {
        FooterPart empty = new FooterPart(new PartName("/word/footer2.xml"));
        fill(empty, "<w:ftr " + NS + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr></w:p></w:ftr>");
        return main.addTargetPart(empty).getId();
    }

    private static void fill(JaxbXmlPart<?> part, String xml) {
        try {
            part.unmarshal(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new RenderException("DOCX-delen " + part.getPartName() + " kunde inte skrivas: " + e.getMessage(), e);
        }
    }

    /** The running header element as one line; several child elements are separated by a right-aligned tab. */
    private String header(Element body, LaidOut layout, DocxPage page) {
        Element running = null;
        NodeList all = body.getElementsByTagName("*");
        for (int i = 0; i < all.getLength() && running == null; i++) {
            Element e = (Element) all.item(i);
            LaidOut.Look look = layout.look(e);
            if (look.running() && (page.headerElement() == null || page.headerElement().equals(look.runningName()))) {
                running = e;
            }
        }
        if (running == null) {
            return null;
        }
        StringBuilder p = new StringBuilder("<w:p><w:pPr><w:pStyle w:val=\"Header\"/>");
        if (layout.look(running).borderBottom()) {
            p.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"8A8A8A\"/></w:pBdr>");
        }
        p.append("<w:tabs><w:tab w:val=\"right\" w:pos=\"").append(page.textWidth()).append("\"/></w:tabs></w:pPr>");
        List<Element> parts = DocxTable.elements(running);
        if (parts.isEmpty()) {
            p.append(textRun(DocxText.collapse(running.getTextContent()).strip()));
        } else {
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    p.append("<w:r><w:tab/></w:r>");
                }
                p.append(textRun(DocxText.collapse(parts.get(i).getTextContent()).strip()));
            }
        }
        return p.append("</w:p>").toString();
    }

    private static String footer(DocxPage page) {
        StringBuilder p = new StringBuilder("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"")
                .append(switch (page.footerAlign()) {
                    case "left" -> "left";
                    case "right" -> "right";
                    default -> "center";
                }).append("\"/></w:pPr>");
        String size = "<w:rPr><w:sz w:val=\"" + page.footerSize() + "\"/><w:szCs w:val=\"" + page.footerSize() + "\"/></w:rPr>";
        for (String token : page.footer()) {
            if (token.equals(DocxPage.PAGE_FIELD) || token.equals(DocxPage.PAGES_FIELD)) {
                String field = token.equals(DocxPage.PAGE_FIELD) ? "PAGE" : "NUMPAGES";
                p.append("<w:r>").append(size).append("<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>").append(size)
                        .append("<w:instrText xml:space=\"preserve\"> ").append(field).append(" </w:instrText></w:r><w:r>")
                        .append(size).append("<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>").append(size)
                        .append("<w:t>1</w:t></w:r><w:r>").append(size).append("<w:fldChar w:fldCharType=\"end\"/></w:r>");
            } else if (!token.startsWith("\u0001")) {
                p.append("<w:r>").append(size).append("<w:t xml:space=\"preserve\">").append(DocxText.xml(token)).append("</w:t></w:r>");
            }
        }
        return p.append("</w:p>").toString();
    }

    private static String textRun(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + DocxText.xml(text) + "</w:t></w:r>";
    }

    private static String coreProperties(Document xhtml, LocalDate date) {
        String title = DocxText.collapse(text(xhtml, "title")).strip();
        String author = meta(xhtml, "author");
        String subject = meta(xhtml, "subject");
        String when = (date == null ? LocalDate.of(2000, 1, 1) : date) + "T00:00:00Z";
        return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + DocxText.xml(title) + "</dc:title>"
                + (subject.isEmpty() ? "" : "<dc:subject>" + DocxText.xml(subject) + "</dc:subject>")
                + (author.isEmpty() ? "" : "<dc:creator>" + DocxText.xml(author) + "</dc:creator>")
                + "<dc:language>sv-SE</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private static String text(Document xhtml, String tag) {
        NodeList list = xhtml.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent();
    }

    private static String meta(Document xhtml, String name) {
        NodeList list = xhtml.getElementsByTagName("meta");
        for (int i = 0; i < list.getLength(); i++) {
            Element meta = (Element) list.item(i);
            if (name.equals(meta.getAttribute("name"))) {
                return meta.getAttribute("content").strip();
            }
        }
        return "";
    }

    /** The same entries in the same order with the document's own date as their time: the same bytes every time. */
    private static byte[] deterministic(byte[] zip, LocalDate date) throws IOException {
        LocalDateTime time = (date == null ? LocalDate.of(2000, 1, 1) : date).atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
