package se.finsam.handlingar.budget;

import java.time.Instant;
import java.util.List;

import se.finsam.handlingar.document.Finding;
import tools.jackson.databind.JsonNode;

/**
 * One stored version of a budget: what was sent, what it computes to, and where its stated figures disagree.
 */
public record BudgetVersion(String id, int version, Instant createdAt, String createdBy, JsonNode budget,
        BudgetCalculation calculation, List<Finding> findings) {

    /** A version in a list, without its content. */
    public record Summary(String id, int version, Instant createdAt, String createdBy) {
    }
}
