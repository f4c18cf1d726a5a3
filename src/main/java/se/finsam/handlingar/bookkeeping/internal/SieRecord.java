package se.finsam.handlingar.bookkeeping.internal;

import java.util.List;

/**
 * One line of an SIE file: its label ({@code #VER}, upper case) and fields. A field is a {@link String} or, for an
 * object list in braces, a {@code List<String>}. The lines {@code {} and {@code }} around a voucher's transactions
 * have the labels "{" and "}".
 */
record SieRecord(int line, String label, List<Object> fields) {

    int size() {
        return fields.size();
    }

    String text(int i) {
        if (i >= fields.size()) {
            return null;
        }
        return fields.get(i) instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    List<String> list(int i) {
        if (i >= fields.size()) {
            return null;
        }
        return fields.get(i) instanceof List<?> l ? (List<String>) l : null;
    }
}
