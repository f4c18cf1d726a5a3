package se.finsam.handlingar.meeting.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import se.finsam.handlingar.meeting.Anslag;
import se.finsam.handlingar.meeting.Anslagstavla;
import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.OrganisationDirectory;

/**
 * The public digital anslagstavla: plain, accessible HTML without login or JavaScript.
 */
@RestController
class AnslagstavlaController {

    private final Anslagstavla anslagstavla;
    private final OrganisationDirectory organisation;

    AnslagstavlaController(Anslagstavla anslagstavla, OrganisationDirectory organisation) {
        this.anslagstavla = anslagstavla;
        this.organisation = organisation;
    }

    @GetMapping(value = "/anslagstavla", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> page() {
        String forbund = organisation.forbund().map(Forbund::namn).orElse("Samordningsförbundet");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(html(forbund, anslagstavla.current()));
    }

    @GetMapping(value = "/anslagstavla/{meetingId}/protokoll.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> protokoll(@PathVariable UUID meetingId) {
        return anslagstavla.protokoll(meetingId)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"protokoll-" + meetingId + ".pdf\"")
                        .cacheControl(CacheControl.noStore())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static String html(String forbund, List<Anslag> anslag) {
        String f = esc(forbund);
        StringBuilder rows = new StringBuilder();
        for (Anslag a : anslag) {
            String organ = esc(a.organNamn() == null ? a.organ() : a.organNamn());
            rows.append("""
                        <tr>
                          <th scope="row">%s</th>
                          <td>%s</td>
                          <td>%s</td>
                          <td>%s</td>
                          <td>%s</td>
                          <td>%s</td>
                          <td><a href="/anslagstavla/%s/protokoll.pdf" title="Protokoll %s %s som PDF" type="application/pdf">Protokoll %s (PDF)</a></td>
                        </tr>
                    """.formatted(organ, a.sammantradesdatum(), a.justeringsdatum(), a.uppsatt(), a.nedtas(),
                    esc(a.forvaringsplats()), a.meetingId(), organ.toLowerCase(), a.sammantradesdatum(),
                    a.sammantradesdatum()));
        }
        String content = anslag.isEmpty()
                ? "    <p id=\"inga-anslag\">Det finns inga anslag just nu.</p>\n"
                : """
                    <table id="anslag">
                      <caption>Anslag om justerade protokoll</caption>
                      <thead>
                        <tr>
                          <th scope="col">Organ</th>
                          <th scope="col">Sammanträdesdatum</th>
                          <th scope="col">Justeringsdatum</th>
                          <th scope="col">Uppsatt</th>
                          <th scope="col">Tas ned</th>
                          <th scope="col">Protokollet förvaras</th>
                          <th scope="col">Protokoll</th>
                        </tr>
                      </thead>
                      <tbody>
                    %s      </tbody>
                    </table>
                """.formatted(rows);
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Anslagstavla – %s</title>
                  <style>
                    body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
                    table { border-collapse: collapse; width: 100%%; }
                    caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
                    th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid #8a8a8a; }
                    a { color: #0b4f8a; }
                    a:focus { outline: 3px solid #0b4f8a; }
                  </style>
                </head>
                <body>
                  <header>
                    <p>%s</p>
                    <h1>Anslagstavla</h1>
                  </header>
                  <main>
                    <p>Här anslås att protokoll från förbundets sammanträden har justerats. Ett anslag sitter uppe i tre
                    veckor från den dag det sattes upp. Under den tiden kan beslut överklagas genom laglighetsprövning
                    enligt kommunallagen.</p>
                    <h2>Aktuella anslag</h2>
                %s  </main>
                </body>
                </html>
                """.formatted(f, f, content);
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
