package se.finsam.handlingar.bookkeeping.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.bookkeeping.SieFinding;

/**
 * Reads an SIE file (types 1–4, 4E and 4I) strictly: every line it cannot read is an ERROR with its line number.
 * The characters are CP437 (IBM PC 8-bit, {@code #FORMAT PC8}) as the format prescribes; a file in UTF-8 is read
 * with a WARNING.
 */
public final class SieReader {

    static final Charset CP437 = Charset.forName("IBM437");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{1,10}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<SieFinding> findings = new ArrayList<>();
    private final SieContent c = new SieContent();
    private SieContent.Voucher open;
    private boolean inBlock;
    private CRC32 crc;
    private Long statedChecksum;
    private int checksumLine;

    private SieReader() {
    }

    /** The parsed content and every finding of the file itself (no comparison with stored years). */
    public record Result(BookkeepingYear year, List<SieFinding> findings, java.util.Map<String, Integer> openingLines,
            java.util.Map<String, Integer> closingLines) {

        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.severity() == SieFinding.Severity.ERROR);
        }
    }

    public static Result read(byte[] bytes) {
        SieReader reader = new SieReader();
        String text = reader.decode(bytes);
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            SieRecord r = SieLexer.lex(lines[i], i + 1, reader.findings);
            if (r != null) {
                reader.record(r);
            }
        }
        reader.finish(lines.length);
        SieChecks.check(reader.c, reader.findings);
        BookkeepingYear year = SieYears.build(reader.c, reader.findings);
        java.util.Map<String, Integer> ib = new java.util.TreeMap<>();
        reader.c.of(reader.c.opening, 0).forEach((k, v) -> ib.put(k, v.line()));
        java.util.Map<String, Integer> ub = new java.util.TreeMap<>();
        reader.c.of(reader.c.closing, 0).forEach((k, v) -> ub.put(k, v.line()));
        return new Result(year, List.copyOf(reader.findings), ib, ub);
    }

    private String decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        boolean high = false;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                high = true;
                break;
            }
        }
        if (start == 3 || high) {
            try {
                String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
                findings.add(SieFinding.warning("sie.teckenkodning", 0, "Filen är kodad i UTF-8; SIE föreskriver "
                        + "teckenkodningen CP437 (PC8). Den har lästs som UTF-8."));
                return utf8;
            } catch (CharacterCodingException e) {
                // not UTF-8: the prescribed CP437
            }
        }
        return new String(bytes, CP437);
    }

    private void record(SieRecord r) {
        if (crc != null && !r.label().equals("{") && !r.label().equals("}") && !r.label().equals("#KSUMMA")) {
            crc.update(SieLexer.checksumText(r).getBytes(CP437));
        }
        if (inBlock && !r.label().equals("}") && !r.label().endsWith("TRANS")) {
            findings.add(SieFinding.error("sie.verifikation.block", r.line(),
                    "Verifikationens transaktioner avslutas inte med } före " + r.label() + "."));
            inBlock = false;
            open = null;
        }
        switch (r.label()) {
            case "#FLAGGA" -> {
                c.flag = require(r, 0, "flaggan");
                c.flagLine = r.line();
            }
            case "#SIETYP" -> c.sieType = integer(r, 0, "SIE-typen");
            case "#PROGRAM" -> c.program = join(r.text(0), r.text(1));
            case "#FORMAT" -> c.format = r.text(0);
            case "#FNAMN" -> c.companyName = require(r, 0, "företagsnamnet");
            case "#ORGNR" -> c.orgnr = require(r, 0, "organisationsnumret");
            case "#RAR" -> {
                Integer y = integer(r, 0, "årsnumret");
                LocalDate from = date(r, 1, "startdatum");
                LocalDate to = date(r, 2, "slutdatum");
                if (y != null && from != null && to != null) {
                    c.years.put(y, new LocalDate[] {from, to});
                }
            }
            case "#KONTO" -> {
                String account = account(r, 0);
                if (account != null) {
                    c.accountNames.put(account, r.text(1) == null ? "" : r.text(1));
                }
            }
            case "#KTYP" -> {
                String account = account(r, 0);
                String type = require(r, 1, "kontotypen");
                if (account != null && type != null) {
                    if (!type.matches("[TSKI]")) {
                        findings.add(SieFinding.error("sie.ktyp", r.line(), "Kontotypen ska vara T, S, K eller I, inte " + type + "."));
                    } else {
                        c.accountTypes.put(account, type);
                    }
                }
            }
            case "#SRU" -> {
                String account = account(r, 0);
                if (account != null && require(r, 1, "SRU-koden") != null) {
                    c.sru.put(account, r.text(1));
                }
            }
            case "#DIM", "#UNDERDIM" -> {
                if (require(r, 0, "dimensionsnumret") != null) {
                    c.dimensions.put(r.text(0), r.text(1) == null ? r.text(0) : r.text(1));
                }
            }
            case "#OBJEKT" -> {
                if (require(r, 0, "dimensionsnumret") != null && require(r, 1, "objektkoden") != null) {
                    c.objects.put(r.text(0) + "/" + r.text(1), r.text(2) == null ? r.text(1) : r.text(2));
                }
            }
            case "#IB" -> balance(r, c.opening);
            case "#UB" -> balance(r, c.closing);
            case "#RES" -> balance(r, c.result);
            case "#PSALDO", "#PBUDGET" -> period(r);
            case "#VER" -> voucher(r);
            case "{" -> {
                if (open == null || inBlock) {
                    findings.add(SieFinding.error("sie.verifikation.block", r.line(), "En { som inte inleder en verifikations transaktioner."));
                } else {
                    inBlock = true;
                }
            }
            case "}" -> {
                if (!inBlock) {
                    findings.add(SieFinding.error("sie.verifikation.block", r.line(), "En } utan öppen verifikation."));
                }
                inBlock = false;
                open = null;
            }
            case "#TRANS" -> transaction(r);
            case "#RTRANS", "#BTRANS" -> {
                // supplementary and removed rows: an #RTRANS is followed by the same row as #TRANS, which counts
                if (!inBlock) {
                    findings.add(SieFinding.error("sie.verifikation.block", r.line(), r.label() + " utanför en verifikation."));
                }
            }
            case "#KSUMMA" -> checksum(r);
            default -> {
                // other labels (#ADRESS, #KPTYP, #OMFATTN, #VALUTA …) carry nothing the report uses
            }
        }
    }

    private void balance(SieRecord r, java.util.Map<Integer, java.util.Map<String, SieContent.Amount>> target) {
        Integer year = integer(r, 0, "årsnumret");
        String account = account(r, 1);
        Long ore = amount(r, 2);
        if (year == null || account == null || ore == null) {
            return;
        }
        c.used(account, r.line());
        var map = c.of(target, year);
        if (map.containsKey(account)) {
            findings.add(SieFinding.error("sie.dubblett", r.line(), r.label() + " för konto " + account + " år " + year
                    + " finns redan på rad " + map.get(account).line() + "."));
            return;
        }
        map.put(account, new SieContent.Amount(r.line(), ore));
    }

    private void period(SieRecord r) {
        Integer year = integer(r, 0, "årsnumret");
        String period = require(r, 1, "perioden");
        String account = account(r, 2);
        List<String> objects = r.list(3);
        if (objects == null) {
            findings.add(SieFinding.error("sie.syntax", r.line(), r.label() + " saknar objektlistan { } (tom lista om inga objekt)."));
            return;
        }
        Long ore = amount(r, 4);
        if (year == null || period == null || account == null || ore == null) {
            return;
        }
        if (!period.matches("\\d{6}")) {
            findings.add(SieFinding.error("sie.period", r.line(), "Perioden ska skrivas ÅÅÅÅMM, inte " + period + "."));
            return;
        }
        if (objects.size() % 2 != 0) {
            findings.add(SieFinding.error("sie.objekt", r.line(), "Objektlistan ska bestå av par: dimension och objekt."));
            return;
        }
        c.used(account, r.line());
        c.usedObjects(objects, r.line());
        if (year != 0) {
            return;
        }
        String dim = objects.isEmpty() ? "" : objects.get(0);
        String obj = objects.isEmpty() ? "" : objects.get(1);
        if (r.label().equals("#PSALDO")) {
            if (!objects.isEmpty()) {
                c.periodObjectResults.add(new BookkeepingYear.ObjectAmount(dim, obj, account, ore));
            }
        } else {
            c.periodBudgets.merge(dim + "|" + obj + "|" + account, ore, Long::sum);
        }
    }

    private void voucher(SieRecord r) {
        if (open != null && !inBlock) {
            findings.add(SieFinding.error("sie.verifikation.block", open.line(), "Verifikationen saknar sina transaktioner inom { }."));
        }
        String series = r.text(0) == null ? "" : r.text(0);
        String number = r.text(1) == null ? "" : r.text(1);
        LocalDate date = date(r, 2, "verifikationsdatum");
        open = new SieContent.Voucher(r.line(), series, number, date, new ArrayList<>());
        c.vouchers.add(open);
    }

    private void transaction(SieRecord r) {
        if (!inBlock || open == null) {
            findings.add(SieFinding.error("sie.verifikation.block", r.line(), "#TRANS utanför en verifikation."));
            return;
        }
        String account = account(r, 0);
        List<String> objects = r.list(1);
        if (objects == null) {
            findings.add(SieFinding.error("sie.syntax", r.line(), "#TRANS saknar objektlistan { } (tom lista om inga objekt)."));
            return;
        }
        Long ore = amount(r, 2);
        if (account == null || ore == null) {
            return;
        }
        if (objects.size() % 2 != 0) {
            findings.add(SieFinding.error("sie.objekt", r.line(), "Objektlistan ska bestå av par: dimension och objekt."));
            return;
        }
        c.used(account, r.line());
        c.usedObjects(objects, r.line());
        open.transactions().add(new SieContent.Transaction(r.line(), account, objects, ore));
    }

    private void checksum(SieRecord r) {
        if (r.size() == 0) {
            if (crc == null && statedChecksum == null) {
                crc = new CRC32();
                crc.update("#KSUMMA".getBytes(CP437));
            }
            return;
        }
        checksumLine = r.line();
        try {
            statedChecksum = Long.parseLong(r.text(0));
        } catch (NumberFormatException e) {
            findings.add(SieFinding.error("sie.ksumma", r.line(), "Kontrollsumman ska vara ett heltal, inte " + r.text(0) + "."));
            crc = null;
            return;
        }
        if (crc == null) {
            findings.add(SieFinding.error("sie.ksumma", r.line(), "Kontrollsumman avslutar filen men inget #KSUMMA inleder den."));
            return;
        }
        if (crc.getValue() != statedChecksum) {
            findings.add(SieFinding.error("sie.ksumma", r.line(), "Kontrollsumman stämmer inte: filen anger " + statedChecksum
                    + " men innehållet ger " + crc.getValue() + ". Filen har ändrats eller skadats efter exporten."));
        }
        crc = null;
    }

    private void finish(int lines) {
        if (inBlock) {
            findings.add(SieFinding.error("sie.verifikation.block", lines, "Filen slutar inne i en verifikation (} saknas)."));
        }
        if (crc != null) {
            findings.add(SieFinding.error("sie.ksumma", lines, "Filen inleds med #KSUMMA men slutar utan kontrollsumma."));
        }
    }

    private String require(SieRecord r, int i, String what) {
        String v = r.text(i);
        if (v == null || v.isEmpty()) {
            findings.add(SieFinding.error("sie.falt", r.line(), r.label() + " saknar " + what + "."));
            return null;
        }
        return v;
    }

    private Integer integer(SieRecord r, int i, String what) {
        String v = require(r, i, what);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            findings.add(SieFinding.error("sie.falt", r.line(), r.label() + ": " + what + " ska vara ett heltal, inte " + v + "."));
            return null;
        }
    }

    private LocalDate date(SieRecord r, int i, String what) {
        String v = require(r, i, what);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, DATE);
        } catch (DateTimeParseException e) {
            findings.add(SieFinding.error("sie.datum", r.line(), r.label() + ": " + what + " ska skrivas ÅÅÅÅMMDD, inte " + v + "."));
            return null;
        }
    }

    private String account(SieRecord r, int i) {
        String v = require(r, i, "kontonumret");
        if (v != null && !ACCOUNT.matcher(v).matches()) {
            findings.add(SieFinding.error("sie.konto", r.line(), r.label() + ": kontonumret ska vara siffror, inte " + v + "."));
            return null;
        }
        return v;
    }

    private Long amount(SieRecord r, int i) {
        String v = require(r, i, "beloppet");
        if (v == null) {
            return null;
        }
        if (!AMOUNT.matcher(v).matches()) {
            findings.add(SieFinding.error("sie.belopp", r.line(), r.label() + ": beloppet ska skrivas med punkt och "
                    + "högst två decimaler, t.ex. -1234.50, inte " + v + "."));
            return null;
        }
        return new BigDecimal(v).movePointRight(2).longValueExact();
    }

    private static String join(String a, String b) {
        return b == null || b.isEmpty() ? a : a + " " + b;
    }
}
