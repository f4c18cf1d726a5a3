package se.finsam.handlingar.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.support.Api;
import tools.jackson.databind.node.ObjectNode;

class BudgetPlanSocialCheckTest {

    @Test
    void seedSocialBudgetStates176AndMedarbetarnojdhet21ButItsIndicatorsSumTo172And17() {
        ObjectNode data = (ObjectNode) Api.fixtureJson(VerksamhetsplanDocumentTest.FIXTURE).path("data");
        assertThat(new BudgetPlanSocialCheck().check(data))
                .extracting(Finding::pointer, Finding::expected, Finding::actual)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/angivet/maxVarde", 172L, 176L),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/angivet/malomraden/4/maxVarde", 17L, 21L));
    }
}
