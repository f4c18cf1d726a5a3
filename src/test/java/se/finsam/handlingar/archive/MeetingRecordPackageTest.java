package se.finsam.handlingar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole record of one meeting in its archive package (issue 18, "Done when"): kallelse, the handlingar sent out
 * with each bilaga, the protokoll in its signed revision beside its public version (one § under sekretess, one private
 * individual), the protokollsutdrag of an omedelbar justering, and in PREMIS the signatures (checked) and the audit
 * trail's events with their chain hashes. METS and PREMIS validate against the official schemas.
 */
class MeetingRecordPackageTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Test
    void theWholeRecordWithSignaturesAndAuditEventsValidates() throws Exception {
        String organ = "arkiv-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.put("/api/organisation/organs/" + organ, Api.JSON.createObjectNode().put("namn", "Registernämnden"),
                "kansli").status()).isEqualTo(200);
        LocalDate datum = TODAY.minusDays(2);
        ObjectNode body = Api.JSON.createObjectNode().put("organ", organ).put("datum", datum.toString());
        body.putObject("tid").put("fran", "09:00").put("till", "11:00");
        body.put("plats", "Förbundets kansli");
        ArrayNode punkter = body.putArray("punkter");
        punkter.addObject().put("rubrik", "Mötets öppnande");
        punkter.addObject().put("rubrik", "Ansökan om stöd").putArray("bilagor").addObject().put("nummer", 1)
                .put("titel", "Ansökan");
        punkter.addObject().put("rubrik", "Medborgarförslag").putArray("bilagor").addObject().put("nummer", 2)
                .put("titel", "Förslaget");
        Api.Response created = api.post("/api/meetings", body, "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asString();

        // kallelse, and the handlingar sent out: bilaga 1 an archived document, bilaga 2 an uploaded PDF
        Api.Response kallelse = api.post("/api/meetings/" + id + "/kallelse", "{}", "sekreterare");
        assertThat(kallelse.status()).as(kallelse.text()).isEqualTo(201);
        String kallelseId = kallelse.json().path("id").asString();
        Api.Response bilaga1 = api.post("/api/documents", Api.fixtureJson("kallelse-2024-03-22.json"), "sekreterare");
        assertThat(bilaga1.status()).as(bilaga1.text()).isEqualTo(201);
        byte[] uploaded = plainPdf();
        Api.Response upload = api.postBytes("/api/distribution/uploads?filnamn=forslag.pdf&titel=F%C3%B6rslaget",
                uploaded, "application/pdf", "kansli");
        assertThat(upload.status()).as(upload.text()).isEqualTo(201);
        Api.Response bundle = api.post("/api/distribution/bundles", """
                {"kallelse": "%s", "bilagor": [{"nummer": 1, "dokument": "%s"}, {"nummer": 2, "uppladdning": "%s"}]}"""
                .formatted(kallelseId, bilaga1.json().path("id").asString(), upload.json().path("id").asString()),
                "sekreterare");
        assertThat(bundle.status()).as(bundle.text()).isEqualTo(201);
        String bundleId = bundle.json().path("document").path("id").asString();
        assertThat(api.get("/api/documents/" + bundleId, "styrelse").json().path("subject").asString())
                .isEqualTo("meeting/" + id);

        // a § under sekretess and a private individual; § 3 justerad omedelbart, then the whole protokoll
        ObjectNode draft = Api.JSON.createObjectNode();
        draft.putArray("beslutande").addObject().put("namn", "Peter Vigren").put("representerar", "Umeå kommun");
        draft.put("sekreterare", "Johanna Långdal Persson").put("ordforande", "Peter Vigren");
        draft.putArray("justerare").add("Mikael Broman");
        draft.putArray("privatpersoner").add("Anna Berg");
        ArrayNode paragrafer = draft.putArray("paragrafer");
        paragrafer.addObject().put("rubrik", "Mötets öppnande").put("text", "Ordföranden öppnade mötet.");
        paragrafer.addObject().put("rubrik", "Ansökan om stöd för enskild").put("text", "Arbetsträning.")
                .putObject("ejForPublicering").put("grund", "OSL 26 kap. 1 §");
        paragrafer.addObject().put("rubrik", "Medborgarförslag").put("beslut", "Förslaget från Anna Berg bifalls.");
        assertThat(api.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare").status()).isEqualTo(200);
        int first = api.post("/api/meetings/" + id + "/protokoll/numrering", "{}", "sekreterare").json()
                .path("forstaParagraf").asInt();
        Api.Response omedelbar = api.post("/api/meetings/" + id + "/justering",
                "{\"paragrafer\": [" + (first + 2) + "]}", "sekreterare");
        assertThat(omedelbar.status()).as(omedelbar.text()).isEqualTo(200);
        Api.Response justerad = api.post("/api/meetings/" + id + "/justering", "{\"datum\": \"" + TODAY + "\"}",
                "sekreterare");
        assertThat(justerad.status()).as(justerad.text()).isEqualTo(200);
        JsonNode meeting = justerad.json().path("meeting");
        UUID protokoll = UUID.fromString(meeting.path("protokollDokument").asString());
        String publik = meeting.path("anslag").path("publikDokument").asString();
        Signatures.sign(api, protokoll, "signatur-justerare-1", TestCa.instance().person("Mikael", "Broman", false),
                "sekreterare");
        JsonNode signed = Signatures.sign(api, protokoll, "signatur-ordforande",
                TestCa.instance().person("Peter", "Vigren", true), "sekreterare");
        String signedId = signed.path("id").asString();

        Api.Response r = api.get("/api/meetings/" + id + "/archive-package", "kansli");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "archive-package-whole-record.zip"), r.body());
        SipPackage sip = SipPackage.valid(r.body());

        String data = "representations/handlingar/data/" + datum + "/";
        assertThat(sip.get(data + "kallelse.pdf")).isEqualTo(content(kallelseId));
        assertThat(sip.get(data + "handlingar.pdf")).isEqualTo(content(bundleId));
        assertThat(sip.get(data + "handlingar-bilaga-1.pdf")).isEqualTo(content(bilaga1.json().path("id").asString()));
        assertThat(sip.get(data + "handlingar-bilaga-2.pdf")).isEqualTo(uploaded);
        assertThat(sip.get(data + "protokoll.pdf")).as("the signed revision").isEqualTo(content(signedId));
        assertThat(Api.JSON.readTree(sip.get(data + "protokoll.json")).path("dokument").asString()).isEqualTo(signedId);
        assertThat(sip.get(data + "protokoll-offentlig-version.pdf")).isEqualTo(content(publik));
        JsonNode j = omedelbar.json().path("omedelbarJustering");
        String omedelbarBase = data + "omedelbar-justering-" + (first + 2);
        assertThat(sip.get(omedelbarBase + ".pdf")).isEqualTo(content(j.path("utdragDokument").asString()));
        assertThat(sip.get(omedelbarBase + "-offentlig-version.pdf"))
                .isEqualTo(content(j.path("anslag").path("publikDokument").asString()));
        assertThat(String.join("\n", sip.entries.keySet())).doesNotContain("protokoll-2.pdf");

        Document premis = sip.xml("metadata/preservation/premis.xml");
        List<?> signatures = CsipRules.elements(premis, "//premis:event[premis:eventType='digital signature generation']");
        assertThat(signatures).hasSize(2);
        assertThat(CsipRules.s(premis, "//premis:event[premis:eventType='digital signature generation'][1]"
                + "/premis:eventOutcomeInformation/premis:eventOutcome")).isEqualTo("intakt och betrodd");
        assertThat(CsipRules.s(premis, "//premis:event[premis:eventType='digital signature generation'][1]"
                + "/premis:eventDetailInformation/premis:eventDetail")).contains("signatur-justerare-1", "Mikael Broman");
        assertThat(CsipRules.s(premis, "//premis:event[premis:eventType='digital signature generation'][2]"
                + "/premis:linkingObjectIdentifier/premis:linkingObjectIdentifierValue")).isEqualTo(data + "protokoll.pdf");
        assertThat(CsipRules.elements(premis, "//premis:event[premis:eventType='justering']")).hasSize(2);
        assertThat(CsipRules.s(premis, "//premis:event[premis:eventType='anslag'][premis:eventIdentifier"
                + "/premis:eventIdentifierValue='anslag:" + id + "']/premis:linkingObjectIdentifier"
                + "/premis:linkingObjectIdentifierValue")).as("the anslag served the public version")
                .isEqualTo(data + "protokoll-offentlig-version.pdf");

        // the audit trail: every entry about the meeting and its documents, with its place in the hash chain
        JsonNode trail = api.get("/api/audit?object=meeting/" + id, "admin").json().path("items");
        for (JsonNode entry : trail) {
            String at = "//premis:event[premis:eventIdentifier/premis:eventIdentifierValue='granskningslogg:"
                    + entry.path("seq").asLong() + "']";
            assertThat(CsipRules.s(premis, at + "/premis:eventType")).isEqualTo(entry.path("kind").asString());
            assertThat(CsipRules.s(premis, at + "/premis:eventOutcomeInformation/premis:eventOutcomeDetail"
                    + "/premis:eventOutcomeDetailNote")).contains(entry.path("hash").asString());
        }
        assertThat(trail.toString()).contains("meeting.justerat", "meeting.omedelbart-justerat", "meeting.numrerat");
        assertThat(CsipRules.elements(premis, "//premis:event[premis:eventType='document.archived']").size())
                .as("archiving of every packed document and revision").isGreaterThanOrEqualTo(8);

        // same content, same bytes
        assertThat(api.get("/api/meetings/" + id + "/archive-package", "sekreterare").body()).isEqualTo(r.body());
    }

    private byte[] content(String id) {
        return api.get("/api/documents/" + id + "/content", "styrelse").body();
    }

    private static byte[] plainPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText("Medborgarforslaget");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
