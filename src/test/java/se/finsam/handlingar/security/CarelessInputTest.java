package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finding 10 of the security review (docs/security.md): careless input — Word's control characters, backticks,
 * amounts beyond any budget — gave a 500, vanished, or passed the checks and then failed rendering.
 */
class CarelessInputTest extends IntegrationTest {

    private static ObjectNode kallelseWithText(String text) {
        ObjectNode request = (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
        ((ObjectNode) request.get("data").get("punkter").get(4)).put("text", text);
        return request;
    }

    @Test
    void controlCharactersAreRefusedWithTheFieldsPointerBeforeAnythingIsRendered() {
        for (String bad : List.of("a\u001bb", "a\u0000b", "a\ufffeb", "a\u0085b", "a\u007fb")) {
            for (String path : List.of("/api/checks", "/api/previews", "/api/documents")) {
                Api.Response response = api.post(path, kallelseWithText(bad), "sekreterare");
                assertThat(response.status()).as(path + " " + bad.codePointAt(1)).isEqualTo(422);
                assertThat(response.contentType()).startsWith("application/problem+json");
                JsonNode error = response.json().get("errors").get(0);
                assertThat(error.get("pointer").asString()).isEqualTo("/data/punkter/4/text");
                assertThat(error.get("message").asString()).contains("U+");
            }
        }
        // a lone surrogate, written as the escape a client's JSON writer would not produce
        String surrogate = Api.JSON.writeValueAsString(kallelseWithText("a-SURROGATE-b")).replace("-SURROGATE-", "\\ud800");
        Api.Response lone = api.post("/api/checks", surrogate, "sekreterare");
        assertThat(lone.status()).isEqualTo(422);
        assertThat(lone.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/data/punkter/4/text");
        // in typed requests too, and in property names
        Api.Response meeting = api.post("/api/meetings", """
                {"organ":"styrelsen","datum":"2031-03-22","plats":"Nolia\\u001b[31m","punkter":[{"rubrik":"Öppnande"}]}""",
                "sekreterare");
        assertThat(meeting.status()).isEqualTo(422);
        assertThat(meeting.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/plats");
        Api.Response key = api.post("/api/checks", """
                {"template":"kallelse","data":{"a\\u0007b":1}}""", "sekreterare");
        assertThat(key.status()).isEqualTo(422);
        assertThat(key.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/data/a\u0007b");
    }

    @Test
    void wordsLineAndPageBreaksAreNormalisedAndTheTextSurvives() {
        Api.Response checks = api.post("/api/checks", kallelseWithText("Rad ett\u000bRad två\fNytt stycke\r\nslut"),
                "sekreterare");
        assertThat(checks.status()).isEqualTo(200);
        Api.Response pdf = api.post("/api/previews", kallelseWithText("Rad ett\u000bRad två\fNytt stycke\r\nslut"),
                "sekreterare");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        String text = PdfText.of(pdf.body());
        assertThat(text).contains("Rad ett").contains("Rad två").contains("Nytt stycke");
    }

    @Test
    void codeSpansRenderInTheBundledMonospaceFont() throws Exception {
        Api.Response pdf = api.post("/api/previews", kallelseWithText("Se `Bilaga 1` nedan."), "sekreterare");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(PdfText.of(pdf.body())).contains("Se Bilaga 1 nedan.");
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        assertThat(fonts).anyMatch(f -> f.endsWith("DejaVuSansMono")).anyMatch(f -> f.contains("Carlito"));

        ObjectNode html = kallelseWithText("Se `Bilaga 1` nedan.");
        html.put("format", "docx");
        assertThat(api.post("/api/previews", html, "sekreterare").status()).isEqualTo(200);
        html.put("format", "html");
        Api.Response page = api.post("/api/previews", html, "sekreterare");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<code>Bilaga 1</code>");
    }

    @Test
    void anAddressListOrAnythingButOneMailboxIsRefused() {
        Api.Response member = api.post("/api/organisation/organs/styrelsen/members", """
                {"namn":"Pia Adress","roll":"LEDAMOT","huvudman":"umea","email":"pia@example.se;x",\
                "fran":"2031-04-01"}""", "admin");
        assertThat(member.status()).isEqualTo(422);
        assertThat(member.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/email");
        Api.Response sending = api.post("/api/distribution/sendings", """
                {"dokument":"00000000-0000-0000-0000-000000000000","extra":["revisor@example.se","pia@example.se;x"]}""",
                "sekreterare");
        assertThat(sending.status()).isIn(404, 422);
        if (sending.status() == 422) {
            assertThat(sending.text()).contains("/extra/1").doesNotContain("/extra/0");
        }
    }

    @Test
    void namesLongerThanTheirColumnAre422NotA500() {
        Api.Response organ = api.put("/api/organisation/organs/langt", "{\"namn\":\"" + "x".repeat(3163) + "\"}", "admin");
        assertThat(organ.status()).isEqualTo(422);
        assertThat(organ.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/namn");
        Api.Response member = api.post("/api/organisation/organs/styrelsen/members", "{\"namn\":\"" + "x".repeat(201)
                + "\",\"roll\":\"LEDAMOT\",\"huvudman\":\"umea\",\"fran\":\"2031-04-01\"}", "admin");
        assertThat(member.status()).isEqualTo(422);
        assertThat(member.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/namn");
    }

    @Test
    void amountsBeyondTheBoundAre422NeverA500OrASilentOverflow() {
        for (String amount : List.of("99999999999999999999999", "9223372036854775807", "1e400", "-1000000000000000")) {
            String budget = Api.JSON.writeValueAsString(Api.fixtureJson("verksamhetsplan-2022-2024.json").get("data")
                    .get("budget")).replace("\"egetKapitalIngaende\":1724", "\"egetKapitalIngaende\":" + amount);
            assertThat(budget).contains(amount);
            Api.Response response = api.post("/api/budgets/grans-" + Math.abs(amount.hashCode()) + "/versions", budget,
                    "kansli");
            assertThat(response.status()).as(amount).isEqualTo(422);
            assertThat(response.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/egetKapitalIngaende");
            assertThat(response.json().get("errors").get(0).get("message").asString())
                    .containsAnyOf("999 999 999 999 999", "ändligt");
        }
        Api.Response excel = api.post("/api/checks",
                "{\"template\":\"kallelse\",\"data\":{\"x\":33.333333333333336}}", "sekreterare");
        assertThat(excel.status()).isEqualTo(200);
        // the largest allowed amount is still accepted as a number
        String largest = Api.JSON.writeValueAsString(Api.fixtureJson("verksamhetsplan-2022-2024.json").get("data")
                .get("budget")).replace("\"egetKapitalIngaende\":1724", "\"egetKapitalIngaende\":999999999999999");
        assertThat(api.post("/api/budgets/grans-storst/versions", largest, "kansli").status()).isIn(200, 201);
    }
}
