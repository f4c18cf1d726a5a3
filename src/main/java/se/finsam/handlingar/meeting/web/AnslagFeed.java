package se.finsam.handlingar.meeting.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.finsam.handlingar.meeting.Anslag;

/**
 * The anslag as an Atom feed (RFC 4287): one entry per anslag up today or taken down recently, newest first, each
 * with every field the anslag carries and the last day to appeal.
 */
final class AnslagFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private AnslagFeed() {
    }

    static byte[] atom(String forbund, String base, List<Anslag> current, List<Anslag> history, LocalDate today) {
        List<Anslag> entries = new ArrayList<>(current);
        entries.addAll(history);
        entries.sort(Comparator.comparing(Anslag::uppsatt).reversed()
                .thenComparing(Anslag::key));
        String updated = entries.isEmpty() ? time(today) : time(entries.get(0).uppsatt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("", "feed", ATOM);
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", "sv");
            leaf(x, "id", "urn:uuid:" + UUID.nameUUIDFromBytes(("anslagstavla:" + forbund).getBytes(StandardCharsets.UTF_8)));
            leaf(x, "title", "Anslagstavla – " + forbund);
            leaf(x, "updated", updated);
            link(x, "self", base + AnslagstavlaPage.FEED, "application/atom+xml");
            link(x, "alternate", base + "/anslagstavla", "text/html");
            x.writeCharacters("\n  ");
            x.writeStartElement("author");
            leaf(x, "name", forbund);
            x.writeEndElement();
            for (Anslag a : entries) {
                boolean up = current.contains(a);
                String organ = a.organNamn() == null ? a.organ() : a.organNamn();
                x.writeCharacters("\n  ");
                x.writeStartElement("entry");
                boolean omedelbar = a.omedelbarJustering() != null;
                leaf(x, "id", "urn:uuid:" + (omedelbar ? a.omedelbarJustering() : a.meetingId()));
                leaf(x, "title", "Protokoll " + organ.toLowerCase() + " " + a.sammantradesdatum()
                        + (omedelbar ? " " + a.paragrafText() + " omedelbart justerad" : " justerat")
                        + (up ? "" : " (anslaget nedtaget)"));
                leaf(x, "updated", time(up ? a.uppsatt() : a.nedtas().plusDays(1)));
                leaf(x, "published", time(a.uppsatt()));
                link(x, "alternate", base + "/anslagstavla#anslag-" + a.key(), "text/html");
                if (up) {
                    link(x, "enclosure", base + a.pdf(), "application/pdf");
                }
                x.writeCharacters("\n    ");
                x.writeStartElement("content");
                x.writeAttribute("type", "text");
                x.writeCharacters("Organ: " + organ + ". Sammanträdesdatum: " + a.sammantradesdatum()
                        + (omedelbar ? ". Omedelbart justerad: " + a.paragrafText() : "")
                        + ". Justeringsdatum: " + a.justeringsdatum() + ". Anslaget uppsatt: " + a.uppsatt()
                        + ". Anslaget tas ned: " + a.nedtas() + ". Sista dag att överklaga: "
                        + a.sistaDagForOverklagande() + ". Protokollet förvaras på " + a.forvaringsplats() + ".");
                x.writeEndElement();
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String time(LocalDate day) {
        return OffsetDateTime.of(day.atStartOfDay(), SWEDEN.getRules().getOffset(day.atStartOfDay())).toString()
                .replaceFirst("T00:00([+-])", "T00:00:00$1");
    }

    private static void leaf(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
    }
}
