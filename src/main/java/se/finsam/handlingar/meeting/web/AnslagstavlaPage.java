package se.finsam.handlingar.meeting.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import se.finsam.handlingar.meeting.Anslag;
import se.finsam.handlingar.meeting.Anslagstavla;

/**
 * The public anslagstavla as plain HTML: the anslag up today, how to appeal, and the anslag taken down recently.
 * No JavaScript; landmarks, headings in order, real tables with caption and header cells.
 */
final class AnslagstavlaPage {

    static final String FEED = "/anslagstavla/anslag.atom";

    private AnslagstavlaPage() {
    }

    static String html(String forbund, List<Anslag> current, List<Anslag> history) {
        String f = esc(forbund);
        String content = current.isEmpty()
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
                          <th scope="col">Sista dag att överklaga</th>
                          <th scope="col">Protokollet förvaras</th>
                          <th scope="col">Protokoll</th>
                        </tr>
                      </thead>
                      <tbody>
                %s      </tbody>
                    </table>
                """.formatted(rows(current, true));
        String past = history.isEmpty()
                ? "    <p id=\"inga-nedtagna\">Inga anslag har tagits ned de senaste " + Anslagstavla.HISTORY_DAYS
                        + " dagarna.</p>\n"
                : """
                    <table id="nedtagna">
                      <caption>Anslag som tagits ned de senaste %d dagarna</caption>
                      <thead>
                        <tr>
                          <th scope="col">Organ</th>
                          <th scope="col">Sammanträdesdatum</th>
                          <th scope="col">Justeringsdatum</th>
                          <th scope="col">Uppsatt</th>
                          <th scope="col">Nedtaget</th>
                          <th scope="col">Sista dag att överklaga</th>
                          <th scope="col">Protokollet förvaras</th>
                        </tr>
                      </thead>
                      <tbody>
                %s      </tbody>
                    </table>
                """.formatted(Anslagstavla.HISTORY_DAYS, rows(history, false));
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Anslagstavla – %s</title>
                  <link rel="alternate" type="application/atom+xml" title="Anslag – %s" href="%s">
                  <style>
                    body { font-family: system-ui, sans-serif; max-width: 80rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; background: #ffffff; }
                    table { border-collapse: collapse; width: 100%%; margin-bottom: 1.5rem; }
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
                %s    <h2>Så överklagar du</h2>
                    <p>Beslut i protokollen kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen. Skriv
                    vilket beslut du överklagar och varför, och skicka överklagandet till förvaltningsrätten. Det ska ha
                    kommit in senast den dag som står under <q>Sista dag att överklaga</q>: tre veckor från den dag
                    anslaget sattes upp, eller nästa vardag om den dagen är en lördag, söndag eller helgdag.</p>
                    <h2>Nedtagna anslag</h2>
                %s  </main>
                  <footer>
                    <p><a href="%s" type="application/atom+xml" title="Anslagen som Atom-flöde">Prenumerera på anslagen (Atom-flöde)</a></p>
                  </footer>
                </body>
                </html>
                """.formatted(f, f, FEED, f, content, past, FEED);
    }

    private static String rows(List<Anslag> anslag, boolean withLink) {
        StringBuilder rows = new StringBuilder();
        for (Anslag a : anslag) {
            String organ = organ(a);
            rows.append("""
                        <tr id="anslag-%s">
                          <th scope="row">%s%s</th>
                          <td>%s</td>
                          <td>%s</td>
                          <td>%s</td>
                          <td>%s</td>
                          <td>%s</td>
                          <td>%s</td>
                    """.formatted(a.key(), organ, a.omedelbarJustering() == null ? ""
                            : "<br>omedelbar justering " + a.paragrafText(), a.sammantradesdatum(), a.justeringsdatum(),
                    a.uppsatt(),
                    a.nedtas(), a.sistaDagForOverklagande(), esc(a.forvaringsplats())));
            if (withLink) {
                String what = a.omedelbarJustering() == null ? "Protokoll"
                        : "Protokollsutdrag " + a.paragrafText() + ",";
                rows.append("""
                              <td><a href="%s" title="%s %s %s som PDF" type="application/pdf">%s %s (PDF)</a></td>
                        """.formatted(a.pdf(), what, organ.toLowerCase(), a.sammantradesdatum(), what,
                        a.sammantradesdatum()));
            }
            rows.append("            </tr>\n");
        }
        return rows.toString();
    }

    static String organ(Anslag a) {
        return esc(a.organNamn() == null ? a.organ() : a.organNamn());
    }

    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
