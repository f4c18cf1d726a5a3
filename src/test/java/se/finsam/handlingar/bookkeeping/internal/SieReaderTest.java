package se.finsam.handlingar.bookkeeping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.bookkeeping.SieFinding;

class SieReaderTest {

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("fixtures", name));
    }

    static String text(String name) throws IOException {
        return new String(fixture(name), SieReader.CP437);
    }

    /** The text with the closing #KSUMMA recomputed, so a test can change a figure and still pass the checksum. */
    static byte[] resum(String text) {
        String[] lines = text.split("\r\n");
        CRC32 crc = new CRC32();
        boolean started = false;
        StringBuilder out = new StringBuilder();
        List<SieFinding> ignored = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#KSUMMA ")) {
                out.append("#KSUMMA ").append(crc.getValue()).append("\r\n");
                continue;
            }
            SieRecord r = SieLexer.lex(line, i + 1, ignored);
            if (r != null && r.label().equals("#KSUMMA")) {
                started = true;
            }
            if (started && r != null && !r.label().equals("{") && !r.label().equals("}")) {
                crc.update(SieLexer.checksumText(r).getBytes(SieReader.CP437));
            }
            out.append(line).append("\r\n");
        }
        return out.toString().getBytes(SieReader.CP437);
    }

    static List<String> errors(SieReader.Result r) {
        return r.findings().stream().filter(f -> f.severity() == SieFinding.Severity.ERROR)
                .map(f -> f.code() + "@" + f.line()).toList();
    }

    static int lineOf(String text, String startsWith) {
        String[] lines = text.split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(startsWith)) {
                return i + 1;
            }
        }
        throw new AssertionError(startsWith);
    }

    @Test
    void theFixturesReadWithoutFindingsAndCarryTheSeedsBalances() throws IOException {
        SieReader.Result r = SieReader.read(fixture("bokforing-2023.se"));
        assertThat(r.findings()).isEmpty();
        BookkeepingYear y = r.year();
        assertThat(y.orgnr()).isEqualTo("222000-1354");
        assertThat(y.companyName()).isEqualTo("Samordningsförbundet Umeåregionen");
        assertThat(y.year()).isEqualTo(2023);
        assertThat(y.closing().get("1930")).isEqualTo(851794800L);
        assertThat(y.previousClosing().get("1930")).isEqualTo(603428500L);
        assertThat(y.result().get("3512")).isEqualTo(-237043100L);
        assertThat(y.accounts().get("3512").name()).isEqualTo("Driftbidrag från Umeå kommun");
        assertThat(y.objectName("1", "UNGDOM")).isEqualTo("Ungdomstorget");
        assertThat(y.objectResults()).contains(new BookkeepingYear.ObjectAmount("1", "UNGDOM", "4610", 242200000L));
        assertThat(SieReader.read(fixture("bokforing-2024.se")).findings()).isEmpty();
    }

    @Test
    void aChangedFigureBreaksTheChecksum() throws IOException {
        String text = text("bokforing-2023.se").replace("#UB 0 1930 8517948.00", "#UB 0 1930 8517949.00");
        SieReader.Result r = SieReader.read(text.getBytes(SieReader.CP437));
        assertThat(errors(r)).contains("sie.ksumma@" + lineOf(text, "#KSUMMA "));
    }

    @Test
    void aVoucherThatDoesNotBalanceIsFoundAtItsLine() throws IOException {
        String text = text("bokforing-2023.se");
        int ver = lineOf(text, "#VER A 5 ");
        String[] lines = text.split("\r\n");
        lines[ver + 1] = lines[ver + 1].replace(".00", "1.00");
        SieReader.Result r = SieReader.read(resum(String.join("\r\n", lines) + "\r\n"));
        assertThat(errors(r)).contains("sie.verifikation.obalans@" + ver);
    }

    @Test
    void closingBalanceMustBeOpeningPlusTransactions() throws IOException {
        String text = text("bokforing-2023.se").replace("#UB 0 1630 108135.00", "#UB 0 1630 108136.00")
                .replace("#UB 0 1650 59126.00", "#UB 0 1650 59125.00");
        SieReader.Result r = SieReader.read(resum(text));
        assertThat(errors(r)).containsExactly("sie.ub@" + lineOf(text, "#UB 0 1630"), "sie.ub@" + lineOf(text, "#UB 0 1650"));
    }

    @Test
    void unknownAccountsAndObjectsAreErrors() throws IOException {
        String text = text("bokforing-2023.se").replace("#KONTO 6430 \"Revision\"\r\n", "")
                .replace("{1 \"VNARA\"}", "{1 \"OKAND\"}");
        SieReader.Result r = SieReader.read(resum(text));
        assertThat(errors(r)).contains("sie.konto.okant@" + lineOf(text, "#RES -1 6430"),
                "sie.objekt.okant@" + lineOf(text, "#TRANS 4610 {1 \"OKAND\"}"));
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        String text = "#FLAGGA 0\r\n#SIETYP 4\r\n#FNAMN \"Förbundet\r\n#ORGNR 222000-1354\r\n#RAR 0 20240101 2024-12-31\r\n"
                + "#KONTO 1930 Bank\r\n#IB 0 1930 12,50\r\n";
        SieReader.Result r = SieReader.read(text.getBytes(SieReader.CP437));
        assertThat(errors(r)).contains("sie.syntax@3", "sie.datum@5", "sie.belopp@7", "sie.fnamn@0", "sie.rar@0");
        assertThat(r.year()).isNull();
    }

    @Test
    void utf8IsReadWithAWarning() throws IOException {
        String text = text("bokforing-2023.se");
        SieReader.Result r = SieReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.findings()).extracting(SieFinding::code).contains("sie.teckenkodning");
        assertThat(r.year().companyName()).isEqualTo("Samordningsförbundet Umeåregionen");
        // the checksum is over the CP437 characters, so it still holds
        assertThat(errors(r)).isEmpty();
    }

    @Test
    void openingBalancesMustEqualTheFilesPreviousClosing() throws IOException {
        String text = text("bokforing-2023.se").replace("#UB -1 1650 76210.00", "#UB -1 1650 76211.00")
                .replace("#UB -1 1630 46232.00", "#UB -1 1630 46231.00");
        SieReader.Result r = SieReader.read(resum(text));
        assertThat(errors(r)).contains("sie.ib.foregaendeAr@" + lineOf(text, "#IB 0 1650"));
    }
}
