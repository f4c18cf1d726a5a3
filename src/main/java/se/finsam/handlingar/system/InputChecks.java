package se.finsam.handlingar.system;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text and numbers in every JSON request body are checked before a controller sees it.
 * <p>
 * Numbers: amounts are whole kronor or öre in {@code long} and sums of them must not overflow, so every number is at
 * most {@link #MAX_AMOUNT} in absolute value, and NaN, infinities and absurd precision are refused (422 with the
 * pointer).
 * <p>
 * Text: Characters that XML (and so a PDF, DOCX or
 * HTML document) cannot hold, or that only turn up by mistake, are refused with 422 and a pointer to each field: C0
 * controls other than tab, line feed and carriage return, DEL, C1 controls, unpaired surrogates and non-characters
 * (U+FFFE, U+FFFF, U+FDD0–U+FDEF …). Free data ({@code data}, meetings, drafts: JSON trees) is first normalised
 * where Word habits explain the character: CR LF and CR → LF, vertical tab (Word's soft line break) and U+2028 → LF,
 * form feed (a page break) and U+2029 → a blank line.
 */
@ControllerAdvice
class InputChecks extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 64;

    /** 10^15 − 1: a million times any förbund's turnover, and a thousand of them still sum inside a {@code long}. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999");
    /** Excel's 15 significant digits pass; only absurd precision (a huge negative exponent) is refused. */
    public static final int MAX_DECIMALS = 100;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> problems = new ArrayList<>();
        visit(body, "", problems, 0);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.size() == 1 ? problems.get(0).message()
                    : "Begäran har " + problems.size() + " fält med otillåtna tecken eller tal utanför gränserna.",
                    problems);
        }
        return body;
    }

    private static void visit(Object value, String pointer, List<FieldProblem> problems, int depth) {
        if (value == null || depth > MAX_DEPTH || problems.size() >= 20) {
            return;
        }
        if (value instanceof CharSequence text) {
            check(text.toString(), pointer, problems);
        } else if (value instanceof Number number) {
            checkNumber(number, pointer, problems);
        } else if (value instanceof JsonNode node) {
            visitTree(node, pointer, problems);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                visit(item, JsonPointers.child(pointer, i++), problems, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                check(key, JsonPointers.child(pointer, key), problems);
                visit(entry.getValue(), JsonPointers.child(pointer, key), problems, depth + 1);
            }
        } else if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                visit(items[i], JsonPointers.child(pointer, i), problems, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    visit(component.getAccessor().invoke(value), JsonPointers.child(pointer, component.getName()),
                            problems, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a component that cannot be read holds no request text
                }
            }
        }
    }

    /** Walks a JSON tree without recursion (it may be deeply nested), normalising strings in place. */
    private static void visitTree(JsonNode root, String rootPointer, List<FieldProblem> problems) {
        record Item(JsonNode node, String pointer) {
        }
        List<Item> stack = new ArrayList<>();
        stack.add(new Item(root, rootPointer));
        while (!stack.isEmpty() && problems.size() < 20) {
            Item item = stack.remove(stack.size() - 1);
            if (item.node() instanceof ObjectNode object) {
                for (String name : List.copyOf(object.propertyNames())) {
                    String pointer = JsonPointers.child(item.pointer(), name);
                    check(name, pointer, problems);
                    JsonNode child = object.get(name);
                    if (child.isString()) {
                        String normal = normalise(child.asString());
                        if (!normal.equals(child.asString())) {
                            object.put(name, normal);
                        }
                        check(normal, pointer, problems);
                    } else if (child.isContainer()) {
                        stack.add(new Item(child, pointer));
                    } else if (child.isNumber()) {
                        checkNumber(child.numberValue(), pointer, problems);
                    }
                }
            } else if (item.node() instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode child = array.get(i);
                    String pointer = JsonPointers.child(item.pointer(), i);
                    if (child.isString()) {
                        String normal = normalise(child.asString());
                        if (!normal.equals(child.asString())) {
                            array.set(i, array.stringNode(normal));
                        }
                        check(normal, pointer, problems);
                    } else if (child.isContainer()) {
                        stack.add(new Item(child, pointer));
                    } else if (child.isNumber()) {
                        checkNumber(child.numberValue(), pointer, problems);
                    }
                }
            } else if (item.node().isString()) {
                check(item.node().asString(), item.pointer(), problems);
            }
        }
    }

    static void checkNumber(Number number, String pointer, List<FieldProblem> problems) {
        BigDecimal value;
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                problems.add(new FieldProblem(pointer, "Talet är inte ett ändligt tal."));
                return;
            }
            value = BigDecimal.valueOf(d);
        } else if (number instanceof BigDecimal decimal) {
            value = decimal;
        } else if (number instanceof BigInteger integer) {
            value = new BigDecimal(integer);
        } else {
            value = BigDecimal.valueOf(number.longValue());
        }
        // compare the exponent first: 1e999999999 must not be expanded
        if (value.precision() - value.scale() > MAX_AMOUNT.precision() || value.abs().compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(pointer, "Talet ligger utanför gränsen ±999 999 999 999 999 "
                    + "(docs/security.md)."));
        } else if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(new FieldProblem(pointer, "Talet har fler än " + MAX_DECIMALS + " decimaler."));
        }
    }

    /** Word habits: line and paragraph breaks written as control characters. */
    static String normalise(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u000B') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n').replace('\u2028', '\n')
                .replace("\f", "\n\n").replace("\u2029", "\n\n");
    }

    /** The first character no document can hold, as a problem for the field. */
    static void check(String text, String pointer, List<FieldProblem> problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String what = null;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                if ((cp & 0xFFFE) == 0xFFFE) {
                    what = "icke-tecken U+%X".formatted(cp);
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                what = "ensamt surrogat U+%04X".formatted((int) c);
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                what = "styrtecknet U+%04X".formatted((int) c);
            } else if (c == 0xFFFE || c == 0xFFFF || c >= 0xFDD0 && c <= 0xFDEF) {
                what = "icke-tecken U+%04X".formatted((int) c);
            }
            if (what != null) {
                problems.add(new FieldProblem(pointer, "Fältet innehåller " + what + " på plats " + (i + 1)
                        + ", som inte kan stå i ett dokument."));
                return;
            }
        }
    }
}
