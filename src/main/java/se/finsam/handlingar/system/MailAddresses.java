package se.finsam.handlingar.system;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * Whether a string is one e-mail address as a board member's mail client and an SMTP server take it: an RFC 5322
 * {@code addr-spec} in its dot-atom form ({@code local@domain}, no display name, comments, quoted local parts or
 * address lists), local part at most 64 and the whole at most 254 characters (RFC 5321), a domain of at least two
 * labels of letters, digits and hyphens (internationalised names such as {@code åre.se} allowed).
 * {@code pia@example.se;x}, {@code a@b}, {@code "a b"@example.se} and {@code Pia <pia@example.se>} are not.
 */
public final class MailAddresses {

    /** RFC 5322 atext, plus letters beyond ASCII (RFC 6531). */
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private MailAddresses() {
    }

    public static boolean valid(String address) {
        if (address == null || address.length() > 254) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > 64 || at == address.length() - 1) {
            return false;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (!LOCAL.matcher(local).matches()) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
