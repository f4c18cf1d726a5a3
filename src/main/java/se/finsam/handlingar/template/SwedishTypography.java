package se.finsam.handlingar.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish typography for text written as data, applied where it is set: straight quotes become ” (Swedish uses the
 * same mark on both sides); non-breaking spaces keep "§ 47", "2 036 tkr", "10 %" together; and {@link #unbreakable}
 * finds what a line must not split at all ("d.v.s.", "1–10", an opening ” with its first word).
 */
public final class SwedishTypography {

    static final char NBSP = SwedishFormat.NBSP;

    private static final Pattern STRAIGHT_QUOTE = Pattern.compile("\"");
    /** "1 -10", "1-10", "1 – 10" between numbers is a range: 1–10. */
    private static final Pattern NUMBER_RANGE = Pattern.compile("(?<![\\d.,:/-])(\\d{1,4})[ \u00A0]?[-–][ \u00A0]?(\\d{1,4})(?![\\d.,:/-]\\d|[\\d-])");
    private static final Pattern BEFORE_NUMBER = Pattern.compile("(§§?|kap\\.|nr|sid\\.|s\\.|nr\\.) (\\d)");
    /** "2 036": thousands groups stay on one line. */
    private static final Pattern THOUSANDS = Pattern.compile("(\\d) (\\d{3})(?!\\d)");
    private static final Pattern UNIT = Pattern.compile("(\\d) (tkr|mnkr|mkr|kr|%|procent|st|år|mån|dagar|timmar|pp)(?![\\p{L}\\d])");

    /** What must stay on one line: abbreviations, number ranges, an opening quotation mark with its word, a word with
     *  a closing mark. */
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "\\b(?:d\\.v\\.s|t\\.ex|bl\\.a|m\\.m|o\\.s\\.v|m\\.fl|s\\.k|p\\.g\\.a|f\\.d|fr\\.o\\.m|t\\.o\\.m|dvs|mfl)\\."
                    + "|\\d+\u2013\\d+"
                    + "|(?<![\\p{L}\\d])\u201D[^\\s\u201D]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private SwedishTypography() {
    }

    /** The text with Swedish quotation marks, en dashes in ranges and non-breaking spaces; idempotent. */
    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = STRAIGHT_QUOTE.matcher(text).replaceAll("\u201D");
        s = NUMBER_RANGE.matcher(s).replaceAll("$1\u2013$2");
        s = BEFORE_NUMBER.matcher(s).replaceAll("$1" + NBSP + "$2");
        String before;
        do {
            before = s;
            s = THOUSANDS.matcher(s).replaceAll("$1" + NBSP + "$2");
        } while (!s.equals(before));
        return UNIT.matcher(s).replaceAll("$1" + NBSP + "$2");
    }

    /** A piece of text, and whether a line may break inside it. */
    public record Segment(String text, boolean unbreakable) {
    }

    /** The (already {@link #apply applied}) text cut into pieces a line may break in and pieces it may not. */
    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = UNBREAKABLE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new Segment(text.substring(at, m.start()), false));
            }
            segments.add(new Segment(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }
}
