package se.finsam.handlingar.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documentation's shell examples and the scripts they come from. A {@code bash} block in README.md or docs/*.md
 * that runs {@code curl} must sit right below {@code <!-- docs/examples/<script>.sh -->} and be exactly the script's
 * text after its {@code # README} line. {@code -Dexamples.write=true} rewrites the blocks from the scripts.
 */
final class ReadmeExamples {

    static final Path EXAMPLES = Path.of("docs", "examples");
    static final String START = "# README\n";
    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- (docs/examples/[\\w.-]+\\.sh) -->\\n)?```bash\\n(.*?)```", Pattern.DOTALL);

    private ReadmeExamples() {
    }

    record Block(Path document, String script, String text, int start, int end) {
    }

    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    static List<Block> blocks(Path document) throws IOException {
        String text = Files.readString(document);
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            blocks.add(new Block(document, m.group(1), m.group(2), m.start(), m.end()));
        }
        return blocks;
    }

    /** The part of a script the documentation shows. */
    static String shown(Path script) throws IOException {
        String text = Files.readString(script);
        int at = text.indexOf(START);
        if (at < 0) {
            throw new IllegalStateException(script + " has no '# README' line");
        }
        return text.substring(at + START.length());
    }

    /** Scripts in the order CI runs them: each may use what the earlier ones stored (archive.sh: a justerat meeting). */
    static List<Path> scripts() {
        return Stream.of("api.sh", "meetings.sh", "archive.sh", "budgets.sh", "annual-reports.sh", "bookkeeping.sh", "distribution.sh",
                "organisation.sh", "formats.sh", "audit.sh", "meeting-to-anslag.sh", "backup-restore.sh").map(EXAMPLES::resolve).filter(Files::exists).toList();
    }

    /** Rewrites every marked block from its script; returns the documents changed. */
    static List<Path> write() throws IOException {
        List<Path> changed = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            StringBuilder out = new StringBuilder();
            int last = 0;
            for (Block block : blocks(document)) {
                if (block.script() == null) {
                    continue;
                }
                out.append(text, last, block.start())
                        .append("<!-- ").append(block.script()).append(" -->\n```bash\n")
                        .append(shown(Path.of(block.script()))).append("```");
                last = block.end();
            }
            out.append(text.substring(last));
            if (!out.toString().equals(text)) {
                Files.writeString(document, out.toString());
                changed.add(document);
            }
        }
        return changed;
    }
}
