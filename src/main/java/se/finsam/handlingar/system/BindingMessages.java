package se.finsam.handlingar.system;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * A request field of the wrong type or format, said in Swedish for the person who sent it: what was expected and what
 * came, not Jackson's message with the service's Java class names.
 */
public final class BindingMessages {

    private BindingMessages() {
    }

    /** What is wrong with a value in a JSON document, as {@code "Fältet /x: …"} (or the whole document's). */
    public static String located(tools.jackson.core.JacksonException problem) {
        if (problem instanceof DatabindException bind) {
            String pointer = JsonPointers.of(bind.getPath());
            return (pointer.isEmpty() ? "" : "Fältet " + pointer + ": ") + describe(bind);
        }
        return "inte giltig JSON: " + shortened(problem.getOriginalMessage())
                + (problem.getLocation() != null ? " (rad " + problem.getLocation().getLineNr() + ", kolumn "
                        + problem.getLocation().getColumnNr() + ")" : "");
    }

    static String describe(DatabindException problem) {
        if (problem instanceof InvalidFormatException format) {
            return "Ogiltigt värde " + quoted(format.getValue()) + ": " + expected(format.getTargetType()) + " väntades.";
        }
        if (problem instanceof UnrecognizedPropertyException unknown) {
            return "Okänt fält \"" + unknown.getPropertyName() + "\".";
        }
        if (problem instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String got = got(mismatch.getCurrentToken());
            return "Fel typ: " + expected(mismatch.getTargetType()) + " väntades" + (got == null ? "" : ", inte " + got) + ".";
        }
        if (problem instanceof ValueInstantiationException instantiation && instantiation.getCause() != null
                && instantiation.getCause().getMessage() != null) {
            return "Ogiltigt värde: " + shortened(instantiation.getCause().getMessage());
        }
        return "Fel typ eller format: " + shortened(problem.getOriginalMessage());
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "ett annat värde";
        }
        if (type.isEnum()) {
            return "ett av värdena " + Arrays.stream(type.getEnumConstants()).map(c -> "\"" + c + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "sant eller falskt (true/false)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == BigInteger.class) {
            return "ett heltal";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "ett tal";
        }
        if (type == LocalDate.class) {
            return "ett datum (ÅÅÅÅ-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "en tidpunkt (ISO 8601, t.ex. 2024-03-22T13:00:00Z)";
        }
        if (type == UUID.class) {
            return "ett id (UUID)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "en lista";
        }
        return "ett objekt";
    }

    private static String got(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT -> "ett objekt";
            case START_ARRAY -> "en lista";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "ett tal";
            case VALUE_TRUE, VALUE_FALSE -> "sant eller falskt";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + shortened(String.valueOf(value)) + "\"";
    }

    /** Values and messages are cut: a request may hold megabytes where a short text was expected. */
    static String shortened(String message) {
        return message == null || message.length() <= 300 ? message : message.substring(0, 300) + " …";
    }
}
