package se.finsam.handlingar.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

import se.finsam.handlingar.support.Api;
import tools.jackson.databind.JsonNode;

/** Test data for distribution: PDFs made with PDFBox, raw uploads, archived kallelse and protokoll. */
final class DistributionFixtures {

    private DistributionFixtures() {
    }

    enum Kind { PLAIN, ENCRYPTED, JAVASCRIPT, EMBEDDED_FILE }

    static byte[] pdf(int pages, Kind kind) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 760);
                    content.showText("Uppladdad bilaga, sida " + i);
                    content.endText();
                }
            }
            if (kind == Kind.JAVASCRIPT) {
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hej');"));
            }
            if (kind == Kind.EMBEDDED_FILE) {
                PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream("MZ".getBytes()));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("program.exe");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(java.util.Map.of("program.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            }
            if (kind == Kind.ENCRYPTED) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("agare", "", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Response upload(int port, byte[] body, String contentType, String query, String user) {
        return new Api("http://127.0.0.1:" + port).postBytes("/api/distribution/uploads" + (query == null ? "" : "?" + query),
                body, contentType, user);
    }

    /** Archives the fixture; a protokoll goes through a meeting's justering, the only way a protokoll is archived. */
    static UUID archive(Api api, String fixture) {
        if (fixture.startsWith("protokoll-")) {
            return se.finsam.handlingar.support.SeedProtokoll.justera(api).protokollId();
        }
        Api.Response created = api.post("/api/documents", Api.fixtureJson(fixture), "sekreterare");
        if (created.status() != 201) {
            throw new IllegalStateException(fixture + ": " + created.status() + " " + created.text());
        }
        return UUID.fromString(created.json().path("id").asString());
    }

    /** A small organ of its own with members that have addresses, so the seed register stays untouched. */
    static String organWithMembers(Api api, String... addresses) {
        String kod = "utskick-" + UUID.randomUUID().toString().substring(0, 8);
        api.put("/api/organisation/organs/" + kod, "{\"namn\":\"Utskicksgruppen\"}", "kansli");
        String[] roles = {"ordforande", "ledamot", "ersattare"};
        for (int i = 0; i < addresses.length; i++) {
            String email = addresses[i] == null ? "null" : "\"" + addresses[i] + "\"";
            Api.Response added = api.post("/api/organisation/organs/" + kod + "/members", """
                    {"namn": "Person %s %d", "roll": "%s", "email": %s, "fran": "2024-01-01"}"""
                    .formatted(kod, i, roles[Math.min(i, roles.length - 1)], email), "kansli");
            if (added.status() != 201) {
                throw new IllegalStateException(added.text());
            }
        }
        return kod;
    }

    static JsonNode waitForStatus(Api api, String sendingId, String status, int count) {
        JsonNode order = null;
        for (int i = 0; i < 300; i++) {
            order = api.get("/api/distribution/sendings/" + sendingId, "styrelse").json();
            if (order.path("antal").path(status).asInt() == count) {
                return order;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Utskicket nådde inte " + count + " " + status + " inom 30 s: " + order);
    }
}
