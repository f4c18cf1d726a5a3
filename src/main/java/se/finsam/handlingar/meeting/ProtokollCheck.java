package se.finsam.handlingar.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentCheck;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a protokoll: § numbers follow each other without gaps; the anslag goes up at the latest two days after
 * justering and stays up three weeks (KL 8 kap. 12 §); a justering later than the förbund's setting (default 14 days
 * after the meeting) gives a warning.
 */
@Component
class ProtokollCheck implements DocumentCheck {

    private final OrganisationDirectory organisation;

    ProtokollCheck(OrganisationDirectory organisation) {
        this.organisation = organisation;
    }

    @Override
    public boolean appliesTo(String templateId) {
        return "protokoll".equals(templateId);
    }

    @Override
    public List<Finding> check(JsonNode data) {
        List<Finding> findings = new ArrayList<>();
        JsonNode paragrafer = data.path("paragrafer");
        for (int i = 1; i < paragrafer.size(); i++) {
            int previous = paragrafer.get(i - 1).path("nummer").asInt();
            int current = paragrafer.get(i).path("nummer").asInt();
            if (current != previous + 1) {
                findings.add(new Finding(Severity.ERROR, "protokoll.paragraf.foljd", "/paragrafer/" + i + "/nummer",
                        "Paragraferna ska följa på varandra utan luckor: efter § " + previous + " kommer § "
                                + (previous + 1) + ".", previous + 1, current));
            }
        }
        for (int i = 0; i < paragrafer.size(); i++) {
            checkWithheldPassages(paragrafer.get(i), "/paragrafer/" + i, findings);
        }
        JsonNode bevis = data.path("bevis");
        LocalDate datum = date(data.path("datum"));
        LocalDate justering = date(bevis.path("justeringsdatum"));
        LocalDate uppsatt = date(bevis.path("anslagUppsatt"));
        LocalDate nedtas = date(bevis.path("anslagNedtas"));
        if (datum == null || justering == null || uppsatt == null || nedtas == null) {
            return findings;
        }
        if (justering.isBefore(datum)) {
            findings.add(new Finding(Severity.ERROR, "protokoll.justering.fore-motet", "/bevis/justeringsdatum",
                    "Justeringen kan inte ske före sammanträdet.", datum.toString(), justering.toString()));
        }
        LocalDate latest = justering.plusDays(ProtokollService.ANSLAG_LATEST_DAYS);
        if (uppsatt.isBefore(justering) || uppsatt.isAfter(latest)) {
            findings.add(new Finding(Severity.ERROR, "protokoll.anslag.uppsatt", "/bevis/anslagUppsatt",
                    "Anslaget ska sättas upp senast andra dagen efter justeringen (KL 8 kap. 12 §).",
                    justering.plusDays(1).toString(), uppsatt.toString()));
        }
        LocalDate earliestDown = uppsatt.plusDays(ProtokollService.ANSLAG_DAYS);
        if (nedtas.isBefore(earliestDown)) {
            findings.add(new Finding(Severity.ERROR, "protokoll.anslag.nedtas", "/bevis/anslagNedtas",
                    "Anslaget ska sitta uppe i tre veckor (KL 8 kap. 12 §).", earliestDown.toString(), nedtas.toString()));
        }
        int days = organisation.forbund().map(Forbund::justeringInomDagar)
                .orElse(OrganisationDirectory.DEFAULT_JUSTERING_DAYS);
        if (justering.isAfter(datum.plusDays(days))) {
            findings.add(new Finding(Severity.WARNING, "protokoll.justering.sen", "/bevis/justeringsdatum",
                    "Justeringen skedde " + (justering.toEpochDay() - datum.toEpochDay())
                            + " dagar efter sammanträdet; förbundet justerar inom " + days + " dagar.",
                    datum.plusDays(days).toString(), justering.toString()));
        }
        return findings;
    }

    /**
     * A passage marked not for publication is quoted exactly from the § (its rubrik, text, delpunkter, beslut or
     * efterBeslut), so the public version can leave it out; its ground is written into the public text as it stands.
     */
    private static void checkWithheldPassages(JsonNode paragraf, String at, List<Finding> findings) {
        JsonNode parts = paragraf.path(PublicVersion.TEXT_PARTS);
        if (parts.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        collectTexts(paragraf, texts);
        for (int j = 0; j < parts.size(); j++) {
            String pointer = at + "/" + PublicVersion.TEXT_PARTS + "/" + j;
            String text = parts.get(j).path("text").asString("");
            if (!text.isBlank() && texts.stream().noneMatch(t -> t.contains(text))) {
                findings.add(Finding.error("protokoll.publicering.text-saknas", pointer + "/text",
                        "Texten som inte ska publiceras finns inte i § " + paragraf.path("nummer").asInt()
                                + " (rubrik, text, delpunkter, beslut). Kopiera den exakt som den står, med samma"
                                + " skiljetecken och *kursiv*/**fet**-markeringar."));
            }
            String grund = parts.get(j).path("grund").asString("");
            if (grund.contains("{") || grund.contains("}")) {
                findings.add(Finding.error("protokoll.publicering.grund", pointer + "/grund",
                        "Grunden får inte innehålla { eller }."));
            }
        }
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        for (var field : node.properties()) {
            if (field.getValue().isString()) {
                texts.add(field.getValue().asString());
            } else if (field.getValue().isArray() && !field.getKey().equals(PublicVersion.TEXT_PARTS)) {
                field.getValue().forEach(item -> collectTexts(item, texts));
            }
        }
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
