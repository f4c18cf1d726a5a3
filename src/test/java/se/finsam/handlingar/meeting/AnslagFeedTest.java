package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;

/**
 * The anslag as an Atom feed: public, every field of the anslag and the last day to appeal, current and recently
 * taken-down anslag, never an anslag that is not up yet.
 */
class AnslagFeedTest extends IntegrationTest {

    @Test
    void feedListsCurrentAndTakenDownAnslagWithTheirAppealDay() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        MeetingFlow flow = new MeetingFlow(api);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String up = justerat(flow, "Flödesnämnden " + tag, today.minusDays(2), today.minusDays(3));
        String down = justerat(flow, "Nedtagna nämnden " + tag, today.minusDays(40), today.minusDays(41));
        String later = justerat(flow, "Senare nämnden " + tag, today.plusDays(1), today);

        Api.Response r = api.get("/anslagstavla/anslag.atom", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(feed.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(x.evaluate("/feed/title", feed)).startsWith("Anslagstavla – ");
        assertThat(x.evaluate("/feed/updated", feed)).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00[+-]\\d\\d:\\d\\d");
        assertThat(x.evaluate("/feed/link[@rel='self']/@href", feed)).endsWith("/anslagstavla/anslag.atom");

        String entry = "/feed/entry[id='urn:uuid:" + up + "']";
        assertThat(x.evaluate(entry + "/title", feed)).isEqualTo("Protokoll flödesnämnden " + tag + " "
                + today.minusDays(6) + " justerat");
        assertThat(x.evaluate(entry + "/content", feed)).contains("Sammanträdesdatum: " + today.minusDays(6))
                .contains("Justeringsdatum: " + today.minusDays(3))
                .contains("Anslaget uppsatt: " + today.minusDays(2))
                .contains("Anslaget tas ned: " + today.plusDays(19))
                .contains("Sista dag att överklaga: " + AppealPeriod.lastDay(today.minusDays(2)))
                .contains("Protokollet förvaras på Samordningsförbundets kansli");
        assertThat(x.evaluate(entry + "/link[@rel='enclosure']/@href", feed))
                .endsWith("/anslagstavla/" + up + "/protokoll.pdf");

        String gone = "/feed/entry[id='urn:uuid:" + down + "']";
        assertThat(x.evaluate(gone + "/title", feed)).endsWith("(anslaget nedtaget)");
        assertThat(x.evaluate("count(" + gone + "/link[@rel='enclosure'])", feed)).isEqualTo("0");
        assertThat(x.evaluate("count(/feed/entry[id='urn:uuid:" + later + "'])", feed)).isEqualTo("0");

        assertThat(api.get("/anslagstavla", null).text())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
    }

    private static String justerat(MeetingFlow flow, String namn, LocalDate uppsatt, LocalDate justering) {
        String id = flow.withDraft(flow.newOrgan(namn), justering.minusDays(3), 1);
        Api.Response r = flow.justera(id, justering, uppsatt);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return id;
    }
}
