package se.finsam.handlingar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The two HTTP steps of an external signing service, as a test performs them. */
public final class Signatures {

    private Signatures() {
    }

    public static ObjectNode startBody(String field, TestCa.Signer signer) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("field", field);
        body.put("certificate", signer.certificateBase64());
        var chain = body.putArray("certificateChain");
        signer.chainBase64().forEach(chain::add);
        return body;
    }

    /** Starts a session, signs dataToSign with the signer's key, completes it; returns the new revision's metadata. */
    public static JsonNode sign(Api api, UUID document, String field, TestCa.Signer signer, String user) {
        Api.Response started = api.post("/api/documents/" + document + "/signatures", startBody(field, signer), user);
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        JsonNode session = started.json();
        byte[] value = signer.sign(Base64.getDecoder().decode(session.path("dataToSign").asString()));
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("signatureValue", Base64.getEncoder().encodeToString(value));
        Api.Response completed = api.put("/api/documents/" + document + "/signatures/"
                + session.path("session").asString(), body, user);
        assertThat(completed.status()).as(completed.text()).isEqualTo(200);
        return completed.json();
    }
}
