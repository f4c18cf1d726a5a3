package se.finsam.handlingar.budget;

import static se.finsam.handlingar.budget.BudgetDocxParts.paragraph;
import static se.finsam.handlingar.budget.BudgetDocxParts.run;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.STBrType;
import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentFormatWriter;
import se.finsam.handlingar.render.OutputFormat;
import se.finsam.handlingar.render.RenderException;
import se.finsam.handlingar.render.RenderedDocument;
import se.finsam.handlingar.template.RichText;
import se.finsam.handlingar.template.SwedishFormat;
import se.finsam.handlingar.template.TemplateVersion;
import tools.jackson.databind.JsonNode;

/**
 * The verksamhetsplan as an editable Word document, built with docx4j from the same data (and the same computed
 * figures) as the PDF: Title/Heading styles, a TOC field, real tables and "Sida X av Y" in the footer.
 */
@Component
class BudgetPlanDocxWriter implements DocumentFormatWriter {

    @Override
    public boolean supports(String templateId, OutputFormat format) {
        return BudgetChecks.TEMPLATE.equals(templateId) && format == OutputFormat.DOCX;
    }

    @Override
    public RenderedDocument write(TemplateVersion version, JsonNode data) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
            BudgetDocxParts.setUp(pkg);
            MainDocumentPart main = pkg.getMainDocumentPart();
            String title = data.path("titel").asString();
            main.getContent().add(paragraph("Subtitle", data.path("forbund").asString()));
            main.getContent().add(paragraph("Title", title));
            if (data.has("undertitel")) {
                main.getContent().add(paragraph("Subtitle", data.path("undertitel").asString()));
            }
            String adopted = SwedishFormat.isoDate(LocalDate.parse(data.path("antagen").asString()));
            main.getContent().add(paragraph(null, data.has("antagenAv")
                    ? "Antagen av " + data.path("antagenAv").asString() + " " + adopted : "Antagen " + adopted));
            if (data.has("budgetKalla")) {
                main.getContent().add(paragraph(null, "Budgeten är hämtad från lagrad budget "
                        + data.path("budgetKalla").path("id").asString() + ", version " + data.path("budgetKalla").path("version").asInt() + "."));
            }
            pageBreak(main);
            main.getContent().add(paragraph("TOCHeading", "Innehåll"));
            main.getContent().add(BudgetDocxParts.field("TOC \\o \"1-2\" \\h \\z \\u",
                    "Innehållsförteckningen fylls i när fälten uppdateras (F9 i Word)."));
            pageBreak(main);
            BudgetPlanDocxTables tables = new BudgetPlanDocxTables(data);
            int n = 0;
            for (JsonNode chapter : data.path("kapitel")) {
                n++;
                part(main, tables, chapter, n + ". ", n + ".");
            }
            sections(main, tables, data.path("avsnitt"));
            int k = 0;
            for (JsonNode appendix : data.path("bilagor")) {
                k++;
                pageBreak(main);
                part(main, tables, appendix, "Bilaga " + k + ". ", null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return new RenderedDocument(out.toByteArray(), OutputFormat.DOCX, null, title + " – " + data.path("forbund").asString());
        } catch (Docx4JException e) {
            throw new RenderException("DOCX kunde inte skapas: " + e.getMessage(), e);
        }
    }

    private void part(MainDocumentPart main, BudgetPlanDocxTables tables, JsonNode part, String prefix, String number) {
        main.getContent().add(paragraph("Heading1", prefix + part.path("rubrik").asString()));
        blocks(main, tables, part.path("innehall"));
        int s = 0;
        for (JsonNode section : part.path("avsnitt")) {
            s++;
            main.getContent().add(paragraph("Heading2", (number == null ? "" : number + s + " ") + section.path("rubrik").asString()));
            blocks(main, tables, section.path("innehall"));
        }
        for (JsonNode note : part.path("noter")) {
            main.getContent().add(paragraph("FootnoteText", note.path("nummer").asInt() + " " + note.path("text").asString()));
        }
    }

    /**
     * A plan written in the content vocabulary, as far as this writer goes until the DOCX is built from the PDF's XHTML
     * (issue 12): numbered headings on levels 1–2 (deeper ones as Heading2), paragraphs, lists, tables as text, the
     * budget tables.
     */
    private void sections(MainDocumentPart main, BudgetPlanDocxTables tables, JsonNode sections) {
        int[] numbers = new int[4];
        for (JsonNode section : sections) {
            int level = Math.min(4, Math.max(1, section.path("niva").asInt(1)));
            if (!section.path("rubrik").asString("").isEmpty()) {
                String number = "";
                if (section.path("numrerad").asBoolean(true)) {
                    numbers[level - 1]++;
                    for (int i = level; i < 4; i++) {
                        numbers[i] = 0;
                    }
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < level; i++) {
                        b.append(numbers[i]).append(i == 0 && level == 1 ? ". " : i == level - 1 ? " " : ".");
                    }
                    number = b.toString();
                }
                main.getContent().add(paragraph(level == 1 ? "Heading1" : "Heading2", number + section.path("rubrik").asString()));
            }
            for (JsonNode block : section.path("innehall")) {
                if (block.has("stycke")) {
                    richText(main, block.path("stycke").asString());
                } else if (block.has("lista")) {
                    StringBuilder list = new StringBuilder();
                    block.path("lista").forEach(item -> list.append("- ").append(item.isString() ? item.asString() : item.path("text").asString()).append('\n'));
                    richText(main, list.toString());
                } else if (block.has("infoga")) {
                    main.getContent().addAll("budget".equals(block.path("infoga").asString()) ? tables.budget() : tables.socialBudget());
                } else if (block.has("tabell") && block.path("tabell").has("kolumner")) {
                    tools.jackson.databind.node.ObjectNode table = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
                    if (block.path("tabell").has("rubrik")) {
                        table.put("bildtext", block.path("tabell").path("rubrik").asString());
                    }
                    block.path("tabell").path("kolumner").forEach(c -> table.withArray("rubriker").add(c.path("rubrik").asString("")));
                    for (JsonNode row : block.path("tabell").path("rader")) {
                        tools.jackson.databind.node.ArrayNode cells = table.withArray("rader").addArray();
                        (row.isArray() ? row : row.path("celler")).forEach(c -> cells.add(c.isNull() ? "" : c.asString()));
                    }
                    main.getContent().addAll(tables.generic(table));
                } else {
                    blocks(main, tables, tools.jackson.databind.json.JsonMapper.shared().createArrayNode().add(block));
                }
            }
        }
    }

    private void blocks(MainDocumentPart main, BudgetPlanDocxTables tables, JsonNode blocks) {
        for (JsonNode block : blocks) {
            if (block.has("text")) {
                richText(main, block.path("text").asString());
            } else if (block.has("mal")) {
                P goal = paragraph(null);
                goal.getContent().add(run(block.path("mal").asString(), true, false));
                BudgetDocxParts.keepWithNext(goal);
                main.getContent().add(goal);
                P indicator = paragraph(null);
                indicator.getContent().add(run("Indikator: ", true, false));
                indicator.getContent().add(run(block.path("indikator").asString(), false, false));
                main.getContent().add(indicator);
            } else if (block.has("tabell")) {
                main.getContent().addAll(tables.generic(block.path("tabell")));
            } else if (block.has("budget")) {
                main.getContent().addAll(tables.budget());
            } else if (block.has("socialBudget")) {
                main.getContent().addAll(tables.socialBudget());
            }
        }
    }

    /** Free text by the same rules as the PDF ({@link RichText}): paragraphs, lists, emphasis. */
    static void richText(MainDocumentPart main, String text) {
        for (Node block = RichText.parse(text).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof BulletList || block instanceof OrderedList) {
                int numId = block instanceof BulletList ? BudgetDocxParts.BULLETS : BudgetDocxParts.NUMBERS;
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        for (Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                            P p = paragraph("ListParagraph");
                            BudgetDocxParts.listItem(p, numId);
                            inline(p, inner, false, false);
                            main.getContent().add(p);
                        }
                    }
                }
            } else {
                P p = paragraph(null);
                inline(p, block, false, false);
                main.getContent().add(p);
            }
        }
    }

    private static void inline(P p, Node node, boolean bold, boolean italic) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                p.getContent().add(run(t.getLiteral(), bold, italic));
            } else if (child instanceof SoftLineBreak) {
                p.getContent().add(run(" ", bold, italic));
            } else if (child instanceof HardLineBreak) {
                org.docx4j.wml.R r = BudgetDocxParts.WML.createR();
                r.getContent().add(BudgetDocxParts.WML.createBr());
                p.getContent().add(r);
            } else if (child instanceof StrongEmphasis) {
                inline(p, child, true, italic);
            } else if (child instanceof Emphasis) {
                inline(p, child, bold, true);
            } else if (child instanceof Paragraph) {
                inline(p, child, bold, italic);
            } else {
                inline(p, child, bold, italic);
            }
        }
    }

    private static void pageBreak(MainDocumentPart main) {
        P p = paragraph(null);
        org.docx4j.wml.R r = BudgetDocxParts.WML.createR();
        Br br = BudgetDocxParts.WML.createBr();
        br.setType(STBrType.PAGE);
        r.getContent().add(br);
        p.getContent().add(r);
        main.getContent().add(p);
    }

    static List<String> amounts(String label, List<Long> values) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        values.forEach(v -> cells.add(v == null ? "–" : SwedishFormat.amount(v)));
        return cells;
    }
}
