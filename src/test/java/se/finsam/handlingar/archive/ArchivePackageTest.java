package se.finsam.handlingar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * E-ARK SIPs of justerade meetings: METS and PREMIS valid against their official schemas (offline), the CSIP rules of
 * docs/archive.md, fixity of every file, the archived bytes unchanged, and the same bytes for the same content.
 */
class ArchivePackageTest extends IntegrationTest {

    private String organ(String namn) {
        String kod = "arkiv-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.put("/api/organisation/organs/" + kod, Api.JSON.createObjectNode().put("namn", namn), "kansli");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return kod;
    }

    /** A meeting of the organ with two § and a saved draft; justerad three days later when asked. */
    private String meeting(String organ, LocalDate datum, boolean justera) {
        ObjectNode body = Api.JSON.createObjectNode().put("organ", organ).put("datum", datum.toString());
        body.putObject("tid").put("fran", "09:00").put("till", "11:00");
        body.put("plats", "Förbundets kansli");
        ArrayNode punkter = body.putArray("punkter");
        punkter.addObject().put("rubrik", "Mötets öppnande");
        punkter.addObject().put("rubrik", "Budget");
        Api.Response created = api.post("/api/meetings", body, "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asString();
        ObjectNode draft = Api.JSON.createObjectNode();
        draft.putArray("beslutande").addObject().put("namn", "Peter Vigren").put("representerar", "Umeå kommun");
        draft.put("sekreterare", "Johanna Långdal Persson").put("ordforande", "Peter Vigren");
        draft.putArray("justerare").add("Mikael Broman");
        ArrayNode paragrafer = draft.putArray("paragrafer");
        paragrafer.addObject().put("rubrik", "Mötets öppnande").put("text", "Ordföranden öppnade mötet.");
        paragrafer.addObject().put("rubrik", "Budget").put("beslut", "Styrelsen fastställer budgeten.");
        Api.Response saved = api.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        if (justera) {
            ObjectNode j = Api.JSON.createObjectNode().put("datum", datum.plusDays(3).toString());
            Api.Response r = api.post("/api/meetings/" + id + "/justering", j, "sekreterare");
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }
        return id;
    }

    @Test
    void meetingPackageIsAValidSipWithTheArchivedProtokollAndItsData() throws IOException {
        String organ = organ("Arkivnämnden");
        String id = meeting(organ, LocalDate.of(2023, 11, 30), true);

        Api.Response r = api.get("/api/meetings/" + id + "/archive-package", "styrelse");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/zip");
        assertThat(r.header("Content-Disposition")).contains("sammantrade-" + organ + "-2023-11-30-").contains(".zip");
        assertThat(r.header("ETag")).isEqualTo("\"" + CsipRules.sha256(r.body()) + "\"");

        java.nio.file.Files.write(java.nio.file.Path.of("target", "archive-package-example.zip"), r.body());
        SipPackage sip = SipPackage.unzip(r.body());
        assertThat(sip.root).startsWith("sammantrade-" + organ + "-2023-11-30-");
        assertThat(SipPackage.validate(sip.get("METS.xml"), "mets1_12.xsd")).isEmpty();
        assertThat(SipPackage.validate(sip.get("metadata/preservation/premis.xml"), "premis-v3-0.xsd")).isEmpty();
        assertThat(CsipRules.violations(sip)).isEmpty();
        assertThat(CsipRules.premisFixity(sip)).isEmpty();

        // the justerat protokoll, byte for byte as archived, and its data snapshot with the template version
        JsonNode meeting = api.get("/api/meetings/" + id, "styrelse").json();
        String documentId = meeting.path("protokollDokument").asString();
        byte[] archived = api.get("/api/documents/" + documentId + "/content", "styrelse").body();
        String data = "representations/handlingar/data/2023-11-30/";
        assertThat(sip.get(data + "protokoll.pdf")).isEqualTo(archived);
        // nothing withheld: the record itself is the public version, and the package holds it once
        assertThat(meeting.path("anslag").path("publikDokument").asString()).isEqualTo(documentId);
        assertThat(sip.entries.keySet()).noneMatch(p -> p.contains("offentlig-version"));
        JsonNode snapshot = Api.JSON.readTree(sip.get(data + "protokoll.json"));
        JsonNode document = api.get("/api/documents/" + documentId, "styrelse").json();
        assertThat(snapshot.path("mall").asString()).isEqualTo("protokoll");
        assertThat(snapshot.path("mallversion").asString()).isEqualTo(document.path("templateVersion").asString());
        assertThat(snapshot.path("sha256").asString()).isEqualTo(CsipRules.sha256(archived));
        assertThat(snapshot.path("data").path("paragrafer").get(1).path("beslut").asString())
                .isEqualTo("Styrelsen fastställer budgeten.");
        assertThat(snapshot.path("data").path("bevis").path("justeringsdatum").asString()).isEqualTo("2023-12-03");
        // the template version it was rendered with, as documentation
        String version = document.path("templateVersion").asString();
        assertThat(new String(sip.get("documentation/mallar/protokoll/" + version + "/template.ftlh"),
                StandardCharsets.UTF_8)).contains("<h2>Bevis</h2>");

        // PREMIS: the justering and the anslag as events, the creating application, the template version
        Document premis = sip.xml("metadata/preservation/premis.xml");
        assertThat(CsipRules.s(premis, "//premis:event[premis:eventType='justering']/premis:eventDateTime"))
                .isEqualTo("2023-12-03");
        assertThat(CsipRules.s(premis, "//premis:event[premis:eventType='justering']/premis:eventDetailInformation"
                + "/premis:eventDetail")).contains("Mikael Broman");
        assertThat(CsipRules.s(premis, "//premis:event[premis:eventType='anslag']/premis:eventDateTime"))
                .isEqualTo("2023-12-04");
        assertThat(CsipRules.s(premis, "//premis:agent[premis:agentType='software']/premis:agentVersion")).isNotBlank();
        assertThat(CsipRules.s(premis, "//premis:object[premis:objectIdentifier/premis:objectIdentifierValue='" + data
                + "protokoll.pdf']/premis:significantProperties[premis:significantPropertiesType='mall']"
                + "/premis:significantPropertiesValue")).isEqualTo("protokoll version " + version);

        // the package carries exactly the official schema files
        for (String schema : List.of("mets1_12.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd",
                "DILCISExtensionSIPMETS.xsd", "premis-v3-0.xsd")) {
            assertThat(sip.get("schemas/" + schema)).as(schema).isEqualTo(testSchema(schema));
        }

        // same content, same bytes
        assertThat(api.get("/api/meetings/" + id + "/archive-package", "sekreterare").body()).isEqualTo(r.body());
    }

    @Test
    void organYearPackageHoldsEveryJusteratMeetingOfTheYear() {
        String organ = organ("Årsnämnden");
        String first = meeting(organ, LocalDate.of(2022, 3, 10), true);
        String second = meeting(organ, LocalDate.of(2022, 9, 15), true);
        meeting(organ, LocalDate.of(2022, 11, 20), false);
        meeting(organ, LocalDate.of(2021, 5, 5), true);

        Api.Response r = api.get("/api/meetings/archive-package?organ=" + organ + "&year=2022", "kansli");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        SipPackage sip = SipPackage.unzip(r.body());
        assertThat(sip.root).isEqualTo("protokoll-" + organ + "-2022");
        assertThat(SipPackage.validate(sip.get("METS.xml"), "mets1_12.xsd")).isEmpty();
        assertThat(SipPackage.validate(sip.get("metadata/preservation/premis.xml"), "premis-v3-0.xsd")).isEmpty();
        assertThat(CsipRules.violations(sip)).isEmpty();
        assertThat(CsipRules.premisFixity(sip)).isEmpty();
        List<String> pdfs = sip.entries.keySet().stream().filter(p -> p.endsWith("/protokoll.pdf")).toList();
        assertThat(pdfs).containsExactly(
                "representations/handlingar/data/2022-03-10-" + first.substring(0, 8) + "/protokoll.pdf",
                "representations/handlingar/data/2022-09-15-" + second.substring(0, 8) + "/protokoll.pdf");
        assertThat(CsipRules.elements(sip.xml("metadata/preservation/premis.xml"),
                "//premis:event[premis:eventType='justering']")).hasSize(2);
    }

    @Test
    void refusesWhatCannotBeArchivedYet() {
        String organ = organ("Väntenämnden");
        String draft = meeting(organ, LocalDate.of(2024, 2, 1), false);
        Api.Response r = api.get("/api/meetings/" + draft + "/archive-package", "kansli");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/meetings/" + UUID.randomUUID() + "/archive-package", "kansli").status()).isEqualTo(404);
        assertThat(api.get("/api/meetings/archive-package?organ=" + organ + "&year=2024", "kansli").status())
                .isEqualTo(404);
        Api.Response unknown = api.get("/api/meetings/archive-package?organ=finns-inte&year=2024", "kansli");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).contains("/organ");
        assertThat(api.get("/api/meetings/archive-package?organ=" + organ + "&year=2024", null).status()).isEqualTo(401);
    }

    @Test
    void theChecksFailOnABrokenPackage() {
        String organ = organ("Kontrollnämnden");
        String id = meeting(organ, LocalDate.of(2023, 6, 1), true);
        SipPackage sip = SipPackage.unzip(api.get("/api/meetings/" + id + "/archive-package", "kansli").body());
        String mets = new String(sip.get("METS.xml"), StandardCharsets.UTF_8);

        String misplaced = mets.replace("<mets:amdSec", "<mets:bogus/>\n  <mets:amdSec");
        assertThat(SipPackage.validate(misplaced.getBytes(StandardCharsets.UTF_8), "mets1_12.xsd")).isNotEmpty();

        String noProfile = mets.replace("PROFILE=\"https://earksip.dilcis.eu/profile/E-ARK-SIP.xml\"", "");
        sip.entries.put("METS.xml", noProfile.getBytes(StandardCharsets.UTF_8));
        assertThat(CsipRules.violations(sip)).anyMatch(v -> v.startsWith("CSIP6"));

        sip.entries.put("METS.xml", mets.getBytes(StandardCharsets.UTF_8));
        String pdf = sip.entries.keySet().stream().filter(p -> p.endsWith(".pdf")).findFirst().orElseThrow();
        byte[] changed = sip.get(pdf).clone();
        changed[changed.length / 2] ^= 1;
        sip.entries.put(pdf, changed);
        assertThat(CsipRules.violations(sip)).anyMatch(v -> v.contains(pdf + " CHECKSUM"));
        assertThat(CsipRules.premisFixity(sip)).anyMatch(v -> v.contains(pdf));
    }

    private static byte[] testSchema(String name) {
        try (InputStream in = ArchivePackageTest.class.getResourceAsStream("/archive/schemas/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
