package se.finsam.handlingar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A digital omedelbar justering still waiting for signatures is withdrawn: its protokollsutdrag (with the justerare's
 * signature) stays archived as withdrawn and can no longer be signed, nothing goes up on the anslagstavla for it, and
 * its §§ are free again: justerade omedelbart once more (completed by signature) and with the whole protokoll. The
 * withdrawn utdrag enters the meeting's archive package, named and described as withdrawn.
 */
class WithdrawnOmedelbarJusteringTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

    @Test
    void aWaitingDigitalOmedelbarJusteringIsWithdrawnKeptAndItsParagraphsJusteradeAgain() {
        String meetingId = SeedProtokoll.numbered(api, TODAY);
        String meetingPath = "/api/meetings/" + meetingId;
        Api.Response paper = api.post(meetingPath + "/justering", "{\"paragrafer\": [47], \"justeradAv\": [\"Peter"
                + " Vigren\", \"Mikael Broman\"], \"anslagUppsatt\": \"" + TODAY + "\"}", "sekreterare");
        assertThat(paper.status()).as(paper.text()).isEqualTo(200);
        String paperId = paper.json().path("omedelbarJustering").path("id").asString();
        Api.Response sent = api.post(meetingPath + "/justering", "{\"paragrafer\": [48, 49], \"justeradAv\": [\"Peter"
                + " Vigren\", \"Mikael Broman\"], \"anslagUppsatt\": \"" + TODAY + "\", \"digital\": true}",
                "sekreterare");
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        JsonNode justering = sent.json().path("omedelbarJustering");
        String justeringId = justering.path("id").asString();
        UUID utdrag = UUID.fromString(sent.json().path("utdrag").path("id").asString());
        String publik = justering.path("anslag").path("publikDokument").asString();
        JsonNode half = Signatures.sign(api, utdrag, "signatur-justerare-1",
                TestCa.instance().person("Mikael", "Broman", false), "sekreterare");
        Api.Response started = api.post("/api/documents/" + utdrag + "/signatures",
                Signatures.startBody("signatur-ordforande", TestCa.instance().person("Peter", "Vigren", true)),
                "sekreterare");
        assertThat(started.status()).as(started.text()).isEqualTo(201);

        // § 49 (index 2) reworded: frozen while its omedelbar justering waits
        ObjectNode reworded = (ObjectNode) api.get(meetingPath + "/protokoll", "sekreterare").json().deepCopy();
        ObjectNode p49 = (ObjectNode) reworded.path("paragrafer").get(2);
        p49.put("rubrik", p49.path("rubrik").asString() + " (ny formulering)");
        assertThat(api.put(meetingPath + "/protokoll", reworded, "sekreterare").status()).isEqualTo(409);

        String withdrawPath = meetingPath + "/omedelbar-justering/" + justeringId + "/aterkallelse";
        assertThat(api.post(withdrawPath, "{}", "styrelse").status()).isEqualTo(403);
        Api.Response unknown = api.post(meetingPath + "/omedelbar-justering/" + UUID.randomUUID() + "/aterkallelse",
                "{}", "sekreterare");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Api.Response tooLong = api.post(withdrawPath, "{\"orsak\": \"" + "x".repeat(501) + "\"}", "sekreterare");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text()).contains("/orsak");
        Api.Response onPaper = api.post(meetingPath + "/omedelbar-justering/" + paperId + "/aterkallelse", "{}",
                "sekreterare");
        assertThat(onPaper.status()).as("a paper justering is done at the meeting").isEqualTo(409);
        assertThat(onPaper.contentType()).startsWith("application/problem+json");

        Api.Response withdrawn = api.post(withdrawPath, "{\"orsak\": \"Fel beslutsformulering i § 49.\"}",
                "sekreterare");
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().path("vantarUnderskrifter").asBoolean()).isFalse();
        assertThat(withdrawn.json().path("aterkallad").path("av").asString()).isEqualTo("sekreterare");
        assertThat(withdrawn.json().path("aterkallad").path("orsak").asString()).contains("§ 49");
        Api.Response twice = api.post(withdrawPath, "", "sekreterare");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        JsonNode listed = api.get(meetingPath + "/omedelbar-justering", "styrelse").json();
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).path("aterkallad").isNull()).isTrue();
        assertThat(listed.get(1).path("aterkallad").path("tidpunkt").isString()).isTrue();

        // kept under the withdrawn subject, signed no more, nothing on the anslagstavla
        JsonNode kept = api.get("/api/documents/" + half.path("id").asString(), "styrelse").json();
        assertThat(kept.path("subject").asString()).isEqualTo("meeting/" + meetingId + "/aterkallad");
        assertThat(api.get("/api/documents/" + publik, "styrelse").json().path("subject").asString())
                .endsWith("/aterkallad");
        Api.Response late = api.put("/api/documents/" + utdrag + "/signatures/"
                + started.json().path("session").asString(), "{\"signatureValue\": \"AAAA\"}", "sekreterare");
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.text()).contains("återkallat");
        Api.Response again = api.post("/api/documents/" + half.path("id").asString() + "/signatures",
                Signatures.startBody("signatur-ordforande", TestCa.instance().person("Peter", "Vigren", true)),
                "sekreterare");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/anslagstavla/" + meetingId + "/utdrag/" + justeringId + ".pdf", null).status())
                .isEqualTo(404);
        assertThat(api.get("/anslagstavla", null).text()).doesNotContain(justeringId).contains(paperId);

        JsonNode audit = api.get("/api/audit?kind=meeting.omedelbar-justering.aterkallad&object=meeting/" + meetingId,
                "admin").json().path("items");
        assertThat(audit.size()).isEqualTo(1);
        JsonNode details = audit.get(0).path("details");
        assertThat(details.path("protokollsutdrag").asString()).isEqualTo(utdrag.toString());
        assertThat(details.path("senasteVersion").asString()).isEqualTo(half.path("id").asString());
        assertThat(details.path("sha256").asString()).isEqualTo(half.path("sha256").asString());
        assertThat(details.path("saknadeUnderskrifter").toString()).isEqualTo("[\"signatur-ordforande\"]");
        assertThat(details.path("orsak").asString()).contains("Fel beslutsformulering");
        assertThat(api.get("/api/audit/verify", "admin").json().path("intact").asBoolean()).isTrue();

        Api.Response freed = api.put(meetingPath + "/protokoll", reworded, "sekreterare");
        assertThat(freed.status()).as("§ 49 is free again: " + freed.text()).isEqualTo(200);

        // § 48 justerad omedelbart again and completed by signature; § 49 with the whole protokoll
        Api.Response resent = api.post(meetingPath + "/justering", "{\"paragrafer\": [48], \"justeradAv\": [\"Peter"
                + " Vigren\", \"Mikael Broman\"], \"anslagUppsatt\": \"" + TODAY + "\", \"digital\": true}",
                "sekreterare");
        assertThat(resent.status()).as(resent.text()).isEqualTo(200);
        String secondId = resent.json().path("omedelbarJustering").path("id").asString();
        UUID second = UUID.fromString(resent.json().path("utdrag").path("id").asString());
        Signatures.sign(api, second, "signatur-justerare-1", TestCa.instance().person("Mikael", "Broman", false),
                "sekreterare");
        Signatures.sign(api, second, "signatur-ordforande", TestCa.instance().person("Peter", "Vigren", true),
                "sekreterare");
        JsonNode done = api.get(meetingPath + "/omedelbar-justering", "styrelse").json().get(2);
        assertThat(done.path("id").asString()).isEqualTo(secondId);
        assertThat(done.path("vantarUnderskrifter").asBoolean()).isFalse();
        assertThat(done.path("underskrifterKlara").asString()).isEqualTo(TODAY);
        assertThat(api.get("/anslagstavla/" + meetingId + "/utdrag/" + secondId + ".pdf", null).status())
                .isEqualTo(200);
        Api.Response whole = api.post(meetingPath + "/justering", "{\"datum\": \"" + TODAY
                + "\", \"justeradAv\": [\"Mikael Broman\"]}", "sekreterare");
        assertThat(whole.status()).as(whole.text()).isEqualTo(200);
        String protokoll = PdfText.of(api.get("/api/documents/" + whole.json().path("protokoll").path("id").asString()
                + "/content", "styrelse").body()).replaceAll("\\s+", " ");
        assertThat(protokoll).contains("(ny formulering)");
        assertThat(protokoll.split("Paragrafen justerades omedelbart", -1)).as("§ 47 and § 48, not the freed § 49")
                .hasSize(3);

        Api.Response r = api.get(meetingPath + "/archive-package", "kansli");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        SipPackage sip = SipPackage.valid(r.body());
        String data = "representations/handlingar/data/" + TODAY + "/";
        String withdrawnPdf = data + "omedelbar-justering-48-49-aterkallad.pdf";
        assertThat(sip.get(withdrawnPdf)).as("the withdrawn utdrag with the one signature")
                .isEqualTo(api.get("/api/documents/" + half.path("id").asString() + "/content", "styrelse").body());
        assertThat(sip.get(data + "omedelbar-justering-48.pdf")).isNotNull();
        Document premis = sip.xml("metadata/preservation/premis.xml");
        String object = "//premis:object[premis:objectIdentifier/premis:objectIdentifierValue='" + withdrawnPdf + "']";
        assertThat(CsipRules.s(premis, object + "/premis:significantProperties[premis:significantPropertiesType="
                + "'aterkallad']/premis:significantPropertiesValue"))
                .contains("omedelbara justeringen av § 48, 49 återkallades", "protokollsutdraget")
                .doesNotContain("justerade protokoll");
        assertThat(CsipRules.elements(premis, "//premis:event[premis:eventType='justering']"
                + "[premis:linkingObjectIdentifier/premis:linkingObjectIdentifierValue='" + withdrawnPdf + "']"))
                .as("no justering event for the withdrawn one").isEmpty();
        String withdrawal = "//premis:event[premis:eventType='meeting.omedelbar-justering.aterkallad']";
        assertThat(CsipRules.elements(premis, withdrawal)).hasSize(1);
        assertThat(CsipRules.elements(premis, withdrawal + "/premis:linkingObjectIdentifier/"
                + "premis:linkingObjectIdentifierValue").stream().map(e -> e.getTextContent()).toList())
                .contains(withdrawnPdf);
    }
}
