package se.finsam.handlingar.impact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the social part of a report shows beside its data: the social budget's computed values, the Impactindex
 * tables' differences per table id, and the participant statistics' shown cells per table id.
 *
 * @param socialBudget null when the report has no social budget
 * @param impact per Impactindex table id, the Diff per row (printed, else computed; null when a year is missing)
 * @param deltagare per participant table id, the shown cells per row
 */
public record SocialView(SocialBudget socialBudget, Map<String, List<BigDecimal>> impact,
        Map<String, List<ParticipantRow>> deltagare) {

    /**
     * @param max the maximal impact value (sum of the målområden's)
     * @param uppnatt reached impact value; null without indikatorer
     * @param index Impactindex in whole percent; null without indikatorer
     */
    public record SocialBudget(List<Area> malomraden, int max, Integer uppnatt, Integer index) {
    }

    /** A målområde: its maximal value, its share of the whole in whole percent, reached value and index. */
    public record Area(int max, BigDecimal andel, Integer uppnatt, Integer index) {
    }

    /** Counts of one row (printed, else computed from the rows it sums), and its percentage of its base row. */
    public record ParticipantRow(BigDecimal kvinnor, BigDecimal man, BigDecimal totalt, BigDecimal procent) {
    }
}
