package se.finsam.handlingar.budget;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan's narrative as sections of the shared content vocabulary ({@code docs/content.md}). A plan written with
 * {@code avsnitt} is used as it is; a plan in the original shape ({@code kapitel} with {@code avsnitt} and
 * {@code noter}, {@code bilagor}) is translated, so stored and archived plans still render: chapters become level-1
 * sections, their sections level 2, {@code mal} blocks a goal and an indicator paragraph, old tables typed tables,
 * notes paragraphs at the chapter's end, and each bilaga an unnumbered level-1 section on a new page.
 */
final class PlanSections {

    private PlanSections() {
    }

    static ArrayNode of(JsonNode plan) {
        if (plan.path("avsnitt").isArray()) {
            return (ArrayNode) plan.path("avsnitt").deepCopy();
        }
        ArrayNode out = JsonMapper.shared().createArrayNode();
        JsonNode chapters = plan.path("kapitel");
        for (int k = 0; k < chapters.size(); k++) {
            chapter(out, chapters.get(k), chapters.get(k).path("rubrik").asString(), true, "kap-" + (k + 1));
        }
        JsonNode appendices = plan.path("bilagor");
        for (int b = 0; b < appendices.size(); b++) {
            ObjectNode last = out.isEmpty() ? null : (ObjectNode) out.get(out.size() - 1);
            if (last != null) {
                last.withArray("innehall").addObject().put("sidbrytning", true);
            }
            chapter(out, appendices.get(b), "Bilaga " + (b + 1) + ". " + appendices.get(b).path("rubrik").asString(), false,
                    "bilaga-" + (b + 1));
        }
        return out;
    }

    private static void chapter(ArrayNode out, JsonNode chapter, String heading, boolean numbered, String id) {
        ObjectNode section = out.addObject();
        section.put("rubrik", heading).put("niva", 1).put("id", id);
        if (!numbered) {
            section.put("numrerad", false);
        }
        ArrayNode blocks = section.putArray("innehall");
        chapter.path("innehall").forEach(x -> block(blocks, x));
        ObjectNode lastSection = section;
        JsonNode subsections = chapter.path("avsnitt");
        for (int a = 0; a < subsections.size(); a++) {
            ObjectNode sub = out.addObject();
            sub.put("rubrik", subsections.get(a).path("rubrik").asString()).put("niva", 2).put("id", id + "-" + (a + 1));
            if (!numbered) {
                sub.put("numrerad", false);
            }
            ArrayNode subBlocks = sub.putArray("innehall");
            subsections.get(a).path("innehall").forEach(x -> block(subBlocks, x));
            lastSection = sub;
        }
        for (JsonNode note : chapter.path("noter")) {
            lastSection.withArray("innehall").addObject().put("stycke", note.path("nummer").asInt() + " " + note.path("text").asString());
        }
    }

    private static void block(ArrayNode out, JsonNode x) {
        if (x.has("text")) {
            out.addObject().put("text", x.path("text").asString());
        } else if (x.has("mal")) {
            out.addObject().put("stycke", "**" + x.path("mal").asString() + "**");
            out.addObject().put("stycke", "**Indikator:** " + x.path("indikator").asString());
        } else if (x.has("tabell")) {
            JsonNode t = x.path("tabell");
            ObjectNode table = out.addObject().putObject("tabell");
            if (t.has("bildtext")) {
                table.put("rubrik", t.path("bildtext").asString());
            }
            ArrayNode columns = table.putArray("kolumner");
            t.path("rubriker").forEach(h -> columns.addObject().put("rubrik", h.asString()));
            table.set("rader", t.path("rader").deepCopy());
        } else if (x.has("budget")) {
            out.addObject().put("infoga", "budget");
        } else if (x.has("socialBudget")) {
            out.addObject().put("infoga", "socialBudget");
        }
    }
}
