package se.finsam.handlingar.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Swedish e-mail text ({@code distribution/utskick.sv.txt}): the first line "Ämne: …" is the subject, the rest
 * after a blank line the body; {@code {name}} placeholders are filled in as plain text.
 */
final class MailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    record Text(String subject, String body) {
    }

    private final String subject;
    private final String body;

    private MailTemplate(String source) {
        String[] parts = source.replace("\r\n", "\n").split("\n\n", 2);
        if (!parts[0].startsWith("Ämne:") || parts.length < 2) {
            throw new IllegalStateException("The mail template must start with 'Ämne: ...' and a blank line");
        }
        this.subject = parts[0].substring("Ämne:".length()).strip();
        this.body = parts[1];
    }

    static MailTemplate load() {
        try (InputStream in = MailTemplate.class.getResourceAsStream("/distribution/utskick.sv.txt")) {
            return new MailTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Text fill(Map<String, String> values) {
        return new Text(fill(subject, values).replaceAll("\\s+", " ").strip(),
                fill(body, values).replaceAll("\n{3,}", "\n\n"));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
