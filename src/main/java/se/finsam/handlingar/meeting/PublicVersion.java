package se.finsam.handlingar.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The public version of a protokoll, made from the same data as the complete one (the record): every § and part
 * marked {@code ejForPublicering} is left out with its ground ({@code utelamnad}), keeping its § number; every name
 * listed in {@code privatpersoner} is replaced by a marker the template turns into its masked wording; the list
 * itself is dropped. The Bevis block, § numbers and everything else stay as they are. This is the one place that
 * decides what may be published (the anslagstavla, archive packages and a signed public revision all use it).
 */
public final class PublicVersion {

    /** What a masked name becomes in the data; the template decides how it reads. */
    public static final String MASK = "{privatperson}";
    /** A § field listing passages of its text not for publication: {@code [{"text", "grund"}]}. */
    public static final String TEXT_PARTS = "textdelarEjForPublicering";
    /** What a withheld passage becomes in the data, with its ground; the template decides how it reads. */
    static String withheld(String grund) {
        return "{utelamnat:" + grund + "}";
    }
    /** Fields naming the förbund's own officials and board members: public by law, never masked. */
    private static final Set<String> NOT_MASKED = Set.of("forbund", "organ", "datum", "tid", "plats", "beslutande",
            "sekreterare", "ordforande", "justerare", "bevis", "intygas");

    private PublicVersion() {
    }

    /** True when the data marks anything as not for publication or names a private individual. */
    public static boolean hasMarkings(JsonNode data) {
        if (!data.path("privatpersoner").isEmpty()) {
            return true;
        }
        for (JsonNode p : data.path("paragrafer")) {
            if (p.has("ejForPublicering") || !p.path(TEXT_PARTS).isEmpty()) {
                return true;
            }
            for (JsonNode dp : p.path("delpunkter")) {
                if (dp.has("ejForPublicering")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The public version's data; {@code full} is not changed. */
    public static ObjectNode of(JsonNode full) {
        ObjectNode data = ((ObjectNode) full).deepCopy();
        List<String> names = new ArrayList<>();
        data.path("privatpersoner").forEach(n -> names.add(n.asString()));
        data.remove("privatpersoner");
        data.put("publik", true);
        if (data.get("paragrafer") instanceof ArrayNode paragrafer) {
            for (int i = 0; i < paragrafer.size(); i++) {
                JsonNode p = paragrafer.get(i);
                if (p.has("ejForPublicering")) {
                    ObjectNode left = paragrafer.objectNode();
                    left.set("nummer", p.get("nummer"));
                    left.set("utelamnad", p.get("ejForPublicering"));
                    paragrafer.set(i, left);
                    continue;
                }
                if (p instanceof ObjectNode paragraf && paragraf.has(TEXT_PARTS)) {
                    withholdPassages(paragraf);
                }
                if (p.get("delpunkter") instanceof ArrayNode delpunkter) {
                    for (int j = 0; j < delpunkter.size(); j++) {
                        if (delpunkter.get(j).has("ejForPublicering")) {
                            ObjectNode left = delpunkter.objectNode();
                            left.set("utelamnad", delpunkter.get(j).get("ejForPublicering"));
                            delpunkter.set(j, left);
                        }
                    }
                }
            }
        }
        Pattern pattern = namePattern(names);
        if (pattern != null) {
            for (String key : List.copyOf(data.propertyNames())) {
                if (!NOT_MASKED.contains(key)) {
                    data.set(key, mask(data.get(key), pattern));
                }
            }
        }
        return data;
    }

    /**
     * Every occurrence of each marked passage in the §'s texts (rubrik, text, beslut, efterBeslut, delpunkter) becomes
     * the withheld marker with its ground, longest passage first; the list of passages (the secret itself) goes.
     */
    private static void withholdPassages(ObjectNode paragraf) {
        List<JsonNode> parts = new ArrayList<>();
        paragraf.remove(TEXT_PARTS).forEach(parts::add);
        parts.sort(Comparator.comparingInt((JsonNode n) -> n.path("text").asString("").length()).reversed());
        for (JsonNode part : parts) {
            String text = part.path("text").asString("");
            if (!text.isBlank()) {
                replaceIn(paragraf, text, withheld(part.path("grund").asString("")));
            }
        }
    }

    private static void replaceIn(ObjectNode node, String text, String replacement) {
        for (String key : List.copyOf(node.propertyNames())) {
            JsonNode value = node.get(key);
            if (value.isString() && !key.equals("nummer")) {
                node.put(key, value.asString().replace(text, replacement));
            } else if (value instanceof ArrayNode array) {
                array.forEach(item -> {
                    if (item instanceof ObjectNode object) {
                        replaceIn(object, text, replacement);
                    }
                });
            }
        }
    }

    /** Longest names first, whole words only, so "Anna Berg" is masked whole and "Annalena" is left alone. */
    private static Pattern namePattern(List<String> names) {
        List<String> sorted = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString());
    }

    private static JsonNode mask(JsonNode node, Pattern pattern) {
        if (node.isString()) {
            Matcher m = pattern.matcher(node.asString());
            return m.find() ? StringNode.valueOf(m.replaceAll(Matcher.quoteReplacement(MASK))) : node;
        }
        if (node instanceof ObjectNode object) {
            for (String key : List.copyOf(object.propertyNames())) {
                object.set(key, mask(object.get(key), pattern));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i), pattern));
            }
        }
        return node;
    }
}
