package se.finsam.handlingar.annualreport;

import java.time.Instant;
import java.util.List;

/**
 * Which line of a budget each verksamhet of the books is followed up against in the driftsredovisning, per förbund
 * and budget. Version 0 is the proposal made by matching the objects' names with the budget's lines; it is used until
 * a mapping is stored.
 *
 * @param dimension the cost dimension of the books whose objects are the verksamheter
 * @param objects one entry per object; {@code budgetLine} null: the verksamhet has no budget line of its own
 * @param budgetLines the names of the budget's cost groups and lines, as {@code budgetLine} takes them
 */
public record OperatingMapping(String orgnr, String budget, int version, boolean proposed, String dimension,
        List<Entry> objects, List<String> budgetLines, Instant createdAt, String createdBy) {

    /** What a client sends to store a mapping. */
    public record Request(List<Entry> objects) {
    }

    /** An object's code as in the books ({@code #OBJEKT}), its name there, and the budget line's name. */
    public record Entry(String object, String name, String budgetLine) {
    }

    /** The budget line of an object: null when the object is not in the mapping or has no budget line. */
    String lineOf(String object) {
        return objects.stream().filter(e -> e.object().equals(object)).map(Entry::budgetLine).findFirst().orElse(null);
    }

    boolean has(String object) {
        return objects.stream().anyMatch(e -> e.object().equals(object));
    }
}
