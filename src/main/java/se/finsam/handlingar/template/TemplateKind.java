package se.finsam.handlingar.template;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a template is for. Checks, enrichers, finishing steps and format writers attach to a kind, never to a template
 * id, so a copy of a template ({@code protokoll-2}) keeps them. A kind names the element ids its documents must carry
 * (signature boxes the finishing step fills in); an id ending in {@code -} is a numbered series ({@code -1}, {@code -2} …).
 */
public enum TemplateKind {

    KALLELSE("kallelse", true),
    PROTOKOLL("protokoll", true, "signatur-sekreterare", "signatur-ordforande", "signatur-justerare-", "signatur-bevis"),
    PROTOKOLLSUTDRAG("protokollsutdrag", true, "signatur-intygas"),
    VERKSAMHETSPLAN("verksamhetsplan", true),
    ARSREDOVISNING("arsredovisning", true, "underskrift-"),
    HANDLINGAR("handlingar", true),
    /** A document without domain rules: only the schema applies. */
    FREE("free", false),
    /** House style: partials and stylesheets other templates use; never rendered on its own. */
    SHARED("shared", false);

    private final String id;
    private final boolean requiresDateField;
    private final List<String> requiredElements;

    TemplateKind(String id, boolean requiresDateField, String... requiredElements) {
        this.id = id;
        this.requiresDateField = requiresDateField;
        this.requiredElements = List.of(requiredElements);
    }

    /** The name used in {@code template.json} and by the beans that attach to the kind. */
    public String id() {
        return id;
    }

    public boolean requiresDateField() {
        return requiresDateField;
    }

    public List<String> requiredElements() {
        return requiredElements;
    }

    /** Accepts the Swedish spelling ({@code årsredovisning}) as well as the plain id. */
    public static Optional<TemplateKind> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String plain = name.strip().toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        if (plain.equals("fri") || plain.equals("fritt")) {
            return Optional.of(FREE);
        }
        if (plain.equals("delad") || plain.equals("husstil")) {
            return Optional.of(SHARED);
        }
        return Arrays.stream(values()).filter(k -> k.id.equals(plain)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(TemplateKind::id).toList());
    }
}
