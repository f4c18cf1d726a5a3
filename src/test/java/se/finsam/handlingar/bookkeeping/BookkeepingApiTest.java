package se.finsam.handlingar.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class BookkeepingApiTest extends IntegrationTest {

    private static final Charset CP437 = Charset.forName("IBM437");

    /** The fixture moved to another förbund, so this test's years do not meet other tests' years. */
    private static byte[] asForbund(String fixture, String orgnr) throws IOException {
        String text = new String(Files.readAllBytes(Path.of("fixtures", fixture)), CP437);
        return text.replace("#ORGNR 222000-1354", "#ORGNR " + orgnr).replace("#KSUMMA\r\n", "")
                .replaceAll("#KSUMMA \\d+\r\n", "").getBytes(CP437);
    }

    private Api.Response post(byte[] file) {
        return api.postBytes("/api/bookkeeping/imports", file, "application/octet-stream", "kansli");
    }

    @Test
    void importsAYearAndTheNextOneStoresBothAndRefusesAChainBreak() throws IOException {
        String orgnr = "222000-0001";
        Api.Response first = post(asForbund("bokforing-2023.se", orgnr));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.json().path("year").path("year").asInt()).isEqualTo(2023);
        assertThat(first.json().path("findings").size()).isZero();
        assertThat(post(asForbund("bokforing-2023.se", orgnr)).status()).isEqualTo(200);
        assertThat(post(asForbund("bokforing-2024.se", orgnr)).status()).isEqualTo(201);

        JsonNode audit = api.get("/api/audit?kind=bookkeeping.imported&object=bookkeepingYear/" + orgnr + "/2023", "admin")
                .json().path("items");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).path("actor").asString()).isEqualTo("kansli");
        assertThat(audit.get(0).path("details").path("sha256").asString()).isEqualTo(first.json().path("year").path("sha256").asString());
        JsonNode year = api.get("/api/bookkeeping/years/2220000001/2024", "styrelse").json();
        assertThat(year.path("opening").path("1930").asLong()).isEqualTo(851794800L);

        api.delete("/api/bookkeeping/years/" + orgnr + "/2024", "kansli");
        String moved = new String(asForbund("bokforing-2024.se", orgnr), CP437)
                .replace("#IB 0 1630 108135.00", "#IB 0 1630 108136.00").replace("#IB 0 1930 8517948.00", "#IB 0 1930 8517947.00")
                .replace("#UB -1 1630 108135.00", "#UB -1 1630 108136.00").replace("#UB -1 1930 8517948.00", "#UB -1 1930 8517947.00")
                .replace("#UB 0 1630 97412.00", "#UB 0 1630 97413.00");
        moved = moved.replaceAll("#UB 0 1930 (\\d+)\\.00", "#UB 0 1930 X$1");
        long bank = Long.parseLong(moved.replaceAll("(?s).*#UB 0 1930 X(\\d+).*", "$1"));
        moved = moved.replace("#UB 0 1930 X" + bank, "#UB 0 1930 " + (bank - 1) + ".00");
        Api.Response refused = post(moved.getBytes(CP437));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().path("findings").findValuesAsString("code")).containsOnly("sie.ib.lagratAr");
        assertThat(refused.json().path("findings").get(0).path("line").asInt()).isPositive();
        assertThat(api.get("/api/bookkeeping/years/" + orgnr + "/2024", "kansli").status()).isEqualTo(404);
    }

    @Test
    void aBrokenFileStoresNothingAndNamesItsLines() throws IOException {
        String orgnr = "222000-0002";
        String text = new String(asForbund("bokforing-2023.se", orgnr), CP437)
                .replace("#TRANS 6430 {1 \"KANSLI\"} 50000.00", "#TRANS 6430 {1 \"KANSLI\"} 50001.00");
        Api.Response refused = post(text.getBytes(CP437));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().path("findings").findValuesAsString("code"))
                .contains("sie.verifikation.obalans", "sie.res");
        assertThat(refused.json().path("errors").get(0).path("pointer").asString()).startsWith("/rad/");
        assertThat(api.get("/api/bookkeeping/years/" + orgnr + "/2023", "kansli").status()).isEqualTo(404);
        assertThat(post(new byte[0]).status()).isEqualTo(422);
        assertThat(post("inte en SIE-fil".getBytes(CP437)).status()).isEqualTo(422);
    }

    @Test
    void onlyKansliAndAdminImport() throws IOException {
        Api.Response r = api.postBytes("/api/bookkeeping/imports", asForbund("bokforing-2023.se", "222000-0003"),
                "application/octet-stream", "styrelse");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void theMappingIsVersionedPerForbundWithTheKommunalBasDefault() {
        JsonNode mapping = api.get("/api/bookkeeping/mappings/222000-0004", "kansli").json();
        assertThat(mapping.path("version").asInt()).isZero();
        assertThat(mapping.path("rules").size()).isGreaterThan(10);
        Api.Response saved = api.put("/api/bookkeeping/mappings/222000-0004", mapping, "kansli");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().path("version").asInt()).isEqualTo(1);
        Api.Response bad = api.put("/api/bookkeeping/mappings/222000-0004",
                "{\"rules\":[{\"from\":\"3000\",\"to\":\"29\",\"line\":\"intakter\"}]}", "kansli");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text()).contains("/rules/0/to");
    }
}
