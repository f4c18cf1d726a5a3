package se.finsam.handlingar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A digital justering withdrawn before everyone had signed leaves a record: its protokoll, with the signature already
 * made, enters the meeting's archive package beside the protokoll that was justerat, named and described as withdrawn,
 * with its signature event and the withdrawal from the audit trail linked to it.
 */
class WithdrawnJusteringPackageTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Test
    void theWithdrawnProtokollIsPackedAsWithdrawnBesideTheJusteratOne() {
        LocalDate datum = TODAY.minusDays(5);
        SeedProtokoll.Justerat sent = SeedProtokoll.sendForDigitalJustering(api, datum.toString(), TODAY.toString(),
                TODAY.plusDays(1).toString());
        String meeting = "/api/meetings/" + sent.meetingId();
        JsonNode half = sign(sent.protokollId(), "signatur-justerare-1", TestCa.instance().person("Mikael", "Broman", false));
        Api.Response withdrawn = api.post(meeting + "/justering/aterkallelse", "{\"orsak\": \"Nytt justeringsdatum.\"}",
                "sekreterare");
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        Api.Response resent = api.post(meeting + "/justering", """
                {"datum": "%s", "justeradAv": ["Peter Vigren", "Mikael Broman"], "anslagUppsatt": "%s", "digital": true}"""
                .formatted(TODAY.plusDays(2), TODAY.plusDays(3)), "sekreterare");
        assertThat(resent.status()).as(resent.text()).isEqualTo(200);
        UUID second = UUID.fromString(resent.json().path("protokoll").path("id").asString());
        sign(second, "signatur-justerare-1", TestCa.instance().person("Mikael", "Broman", false));
        JsonNode justerat = sign(second, "signatur-ordforande", TestCa.instance().person("Peter", "Vigren", true));

        Api.Response r = api.get(meeting + "/archive-package", "kansli");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        SipPackage sip = SipPackage.unzip(r.body());
        assertThat(SipPackage.validate(sip.get("METS.xml"), "mets1_12.xsd")).isEmpty();
        assertThat(SipPackage.validate(sip.get("metadata/preservation/premis.xml"), "premis-v3-0.xsd")).isEmpty();
        assertThat(CsipRules.violations(sip)).isEmpty();
        assertThat(CsipRules.premisFixity(sip)).isEmpty();

        String data = "representations/handlingar/data/" + datum + "/";
        assertThat(sip.get(data + "protokoll.pdf")).isEqualTo(content(justerat.path("id").asString()));
        assertThat(sip.get(data + "protokoll-aterkallad.pdf")).as("the withdrawn protokoll with the one signature")
                .isEqualTo(content(half.path("id").asString()));
        assertThat(Api.JSON.readTree(sip.get(data + "protokoll-aterkallad.json")).path("dokument").asString())
                .isEqualTo(half.path("id").asString());
        Document premis = sip.xml("metadata/preservation/premis.xml");
        String object = "//premis:object[premis:objectIdentifier/premis:objectIdentifierValue='" + data + "protokoll-aterkallad.pdf']";
        assertThat(CsipRules.s(premis, object + "/premis:significantProperties[premis:significantPropertiesType="
                + "'aterkallad']/premis:significantPropertiesValue")).contains("justeringen återkallades");
        String withdrawnSignature = "//premis:event[premis:eventType='digital signature generation']"
                + "[premis:linkingObjectIdentifier/premis:linkingObjectIdentifierValue='" + data + "protokoll-aterkallad.pdf']";
        assertThat(CsipRules.elements(premis, withdrawnSignature)).hasSize(1);
        assertThat(CsipRules.s(premis, withdrawnSignature + "/premis:eventDetailInformation/premis:eventDetail"))
                .contains("Mikael Broman");
        String withdrawal = "//premis:event[premis:eventType='meeting.justering.aterkallad']";
        assertThat(CsipRules.elements(premis, withdrawal)).hasSize(1);
        assertThat(CsipRules.s(premis, withdrawal + "/premis:linkingObjectIdentifier/premis:linkingObjectIdentifierValue"))
                .isEqualTo(data + "protokoll-aterkallad.pdf");
    }

    private byte[] content(String id) {
        return api.get("/api/documents/" + id + "/content", "styrelse").body();
    }

    private JsonNode sign(UUID document, String field, TestCa.Signer signer) {
        ObjectNode start = Api.JSON.createObjectNode().put("field", field).put("certificate", signer.certificateBase64());
        signer.chainBase64().forEach(start.putArray("certificateChain")::add);
        Api.Response started = api.post("/api/documents/" + document + "/signatures", start, "sekreterare");
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        byte[] value = signer.sign(Base64.getDecoder().decode(started.json().path("dataToSign").asString()));
        Api.Response completed = api.put("/api/documents/" + document + "/signatures/"
                + started.json().path("session").asString(), Api.JSON.createObjectNode()
                        .put("signatureValue", Base64.getEncoder().encodeToString(value)), "sekreterare");
        assertThat(completed.status()).as(completed.text()).isEqualTo(200);
        return completed.json();
    }
}
