package se.finsam.handlingar.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.support.Api;
import tools.jackson.databind.node.ObjectNode;

class BudgetPlanSocialCheckTest {

    @Test
    void seedSocialBudgetStates176AndMedarbetarnojdhet21ButItsIndicatorsSumTo172And17AndItsFollowUpContradictsItself() {
        ObjectNode data = (ObjectNode) Api.fixtureJson(VerksamhetsplanDocumentTest.FIXTURE).path("data");
        assertThat(new BudgetPlanSocialCheck().check(data))
                .extracting(Finding::pointer, Finding::expected, Finding::actual)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/angivet/maxVarde", 172L, 176L),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/angivet/malomraden/4/maxVarde", 17L, 21L),
                        // Bilaga 2: 2.1.4 and 4.2.5 are marked negative but state the outcome 1
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/1/mal/0/indikatorer/3/angivetUtfall", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/3/mal/1/indikatorer/2/angivetUtfall", 0L, 1L),
                        // Bilaga 2: 1.3.3, 2.2.1, 2.3.1, 2.4.2, 2.4.3, 2.4.7 and 2.5.1 are marked both positive and negative
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/0/mal/1/indikatorer/2", null, null),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/1/mal/1/indikatorer/0", null, null),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/1/mal/2/indikatorer/0", null, null),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/1/mal/3/indikatorer/1", null, null),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/1/mal/3/indikatorer/2", null, null),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/1/mal/3/indikatorer/6", null, null),
                        org.assertj.core.groups.Tuple.tuple("/socialBudget/malomraden/1/mal/4/indikatorer/0", null, null));
    }
}
