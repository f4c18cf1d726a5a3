package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpServer;

import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.TestTemplates;
import se.finsam.handlingar.template.TemplateRenderException;
import se.finsam.handlingar.template.TemplateVersion;

/**
 * Each way out of the template sandbox is tried, and none gets through.
 */
class SandboxTest extends IntegrationTest {

    @Autowired
    DocumentRenderer renderer;

    private RenderedDocument render(TemplateVersion template, Map<String, Object> data, OutputFormat format) {
        return renderer.render(new RenderRequest(template, data, format, null));
    }

    @Test
    void newBuiltInCannotCreateJavaObjects() {
        var template = TestTemplates.page("t", "<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>", "");
        assertThatThrownBy(() -> render(template, Map.of(), OutputFormat.HTML))
                .isInstanceOf(TemplateRenderException.class).hasMessageContaining("Execute");
    }

    @Test
    void apiBuiltInIsOff() {
        var template = TestTemplates.page("t", "<p>${data.namn?api.getClass().getName()}</p>", "");
        assertThatThrownBy(() -> render(template, Map.of("namn", "x"), OutputFormat.HTML))
                .isInstanceOf(TemplateRenderException.class).hasMessageContaining("api");
    }

    @Test
    void noJavaMembersAreReachable() {
        var template = TestTemplates.page("t", "<p>${data.fil.absolutePath}</p>", "");
        assertThatThrownBy(() -> render(template, Map.of("fil", new File("/etc/passwd")), OutputFormat.HTML))
                .isInstanceOf(TemplateRenderException.class);
        var getter = TestTemplates.page("t", "<p>${data.fil.getAbsolutePath()}</p>", "");
        assertThatThrownBy(() -> render(getter, Map.of("fil", new File("/etc/passwd")), OutputFormat.HTML))
                .isInstanceOf(TemplateRenderException.class);
    }

    @Test
    void includesStayInsideTheVersion() {
        for (String target : new String[] {"../../../../etc/passwd", "/etc/passwd", "../kallelse/template.ftlh",
                "file:///etc/passwd"}) {
            var template = TestTemplates.page("t", "<#include \"" + target + "\">", "");
            assertThatThrownBy(() -> render(template, Map.of(), OutputFormat.HTML)).as(target)
                    .isInstanceOf(TemplateRenderException.class);
        }
        var own = TestTemplates.version(Map.of(
                "template.ftlh", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"><head><title>t</title></head>"
                        + "<body><#include \"del.ftlh\"></body></html>",
                "del.ftlh", "<p>egen del</p>"));
        assertThat(new String(render(own, Map.of(), OutputFormat.HTML).content())).contains("egen del");
    }

    @Test
    void dataIsEscaped() {
        var template = TestTemplates.page("t", "<p>${data.namn}</p>", "");
        String html = new String(render(template, Map.of("namn", "<script>alert(1)</script>&"), OutputFormat.HTML).content());
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void htmlOutputKeepsEmptyElementsClosedForBrowsers() {
        var template = TestTemplates.page("t", "<div class=\"signatur\"></div><p>efter</p><br/>", "");
        String html = new String(render(template, Map.of(), OutputFormat.HTML).content());
        assertThat(html).doesNotContain("<div class=\"signatur\"/>").contains("<div class=\"signatur\"><!---->")
                .contains("<br/>");
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("hemligt.txt"), "HEMLIGT");
        var template = TestTemplates.version(Map.of("template.ftlh", """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY xxe SYSTEM "%s">]>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv"><head><title>t</title></head><body><p>&xxe;</p></body></html>"""
                .formatted(secret.toUri())));
        assertThatThrownBy(() -> render(template, Map.of(), OutputFormat.PDF))
                .isInstanceOf(RenderException.class).hasMessageNotContaining("HEMLIGT");
    }

    @Test
    void theRendererLoadsNothingFromFilesOrTheNetwork(@TempDir Path dir) throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] css = "p { color: red; }".getBytes();
            exchange.sendResponseHeaders(200, css.length);
            exchange.getResponseBody().write(css);
            exchange.close();
        });
        server.start();
        try {
            Path png = dir.resolve("bild.png");
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", png.toFile());
            String http = "http://127.0.0.1:" + server.getAddress().getPort();
            var template = TestTemplates.version(Map.of("template.ftlh", """
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="sv"><head><title>t</title>
                    <link rel="stylesheet" href="%s/stil.css"/>
                    <link rel="stylesheet" href="%s"/>
                    <style>@import url("%s/import.css"); body { background-image: url("%s/bg.png"); }</style></head>
                    <body><h1>Rubrik</h1><img src="%s" alt="fil"/><img src="%s/bild.png" alt="nät"/>
                    <img src="https://example.org/x.png" alt="extern"/></body></html>"""
                    .formatted(http, dir.resolve("x.css").toUri(), http, http, png.toUri(), http)));

            RenderedDocument pdf = render(template, Map.of(), OutputFormat.PDF);

            assertThat(requests.get()).as("HTTP requests made by the renderer").isZero();
            try (PDDocument document = Loader.loadPDF(pdf.content())) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        assertThat(page.getResources().isImageXObject(name)).as("no image was loaded").isFalse();
                    }
                }
            }
            assertThat(PdfText.of(pdf.content())).contains("Rubrik");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void everySwedishAndTypographicCharacterIsInTheFont() {
        String text = "åäöÅÄÖéÉüÜ – − § ” “ ’ … « » 11\u00A0480 83,4\u00A0% ½ ¼ € @ & ©";
        var template = TestTemplates.page("t", "<p>${data.t}</p><p><strong>${data.t}</strong></p><p><em>${data.t}</em></p>"
                + "<p><strong><em>${data.t}</em></strong></p>", "");
        RenderedDocument pdf = render(template, Map.of("t", text), OutputFormat.PDF);
        String extracted = PdfText.of(pdf.content());
        assertThat(extracted.lines().filter(l -> !l.isBlank()).toList()).hasSize(4)
                .allSatisfy(line -> assertThat(line.strip().replace('\u00A0', ' ')).isEqualTo(text.replace('\u00A0', ' ')));
    }

    @Test
    void ligaturesAreNotFormedSoTextStaysSearchable() {
        var template = TestTemplates.page("t", "<p>fi fl ffi specifikation</p>", "");
        assertThat(PdfText.of(render(template, Map.of(), OutputFormat.PDF).content())).contains("fi fl ffi specifikation");
    }
}
