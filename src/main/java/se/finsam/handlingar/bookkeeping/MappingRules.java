package se.finsam.handlingar.bookkeeping;

import java.util.ArrayList;
import java.util.List;

import se.finsam.handlingar.system.FieldProblem;

/** What a stored mapping must satisfy: known lines, ranges of digits with from ≤ to, or an SRU code. */
final class MappingRules {

    private MappingRules() {
    }

    static List<FieldProblem> problems(AccountMapping m) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m == null || m.rules() == null || m.rules().isEmpty()) {
            problems.add(new FieldProblem("/rules", "Ange minst en regel: {\"from\":\"3000\",\"to\":\"3999\",\"line\":\"intakter\"}."));
            return problems;
        }
        for (int i = 0; i < m.rules().size(); i++) {
            AccountMapping.Rule r = m.rules().get(i);
            String p = "/rules/" + i;
            if (r == null) {
                problems.add(new FieldProblem(p, "Regeln är tom."));
                continue;
            }
            if (r.line() == null || !AccountMapping.LINES.contains(r.line())) {
                problems.add(new FieldProblem(p + "/line", "Raden ska vara en av " + String.join(", ", AccountMapping.LINES) + "."));
            }
            if (r.balanceRequirement() != null && !(AccountMapping.Rule.GAINS.equals(r.balanceRequirement())
                    && List.of("intakter", "finansiellaIntakter").contains(r.line())
                    || AccountMapping.Rule.RESERVE.equals(r.balanceRequirement()) && "egetKapital".equals(r.line()))) {
                problems.add(new FieldProblem(p + "/balanceRequirement", "balanceRequirement är \"realisationsvinst\" "
                        + "(på en regel för intakter eller finansiellaIntakter) eller \"resultatutjamningsreserv\" (på en "
                        + "regel för egetKapital)."));
            }
            boolean sru = r.sru() != null && !r.sru().isBlank();
            if (!sru) {
                if (r.from() == null || !r.from().matches("\\d{1,10}")) {
                    problems.add(new FieldProblem(p + "/from", "Ange första kontot i intervallet (siffror) eller en SRU-kod."));
                } else if (r.to() == null || !r.to().matches("\\d{1,10}") || r.to().length() != r.from().length()
                        || Long.parseLong(r.to()) < Long.parseLong(r.from())) {
                    problems.add(new FieldProblem(p + "/to", "Ange sista kontot med lika många siffror som from och inte lägre."));
                }
            }
        }
        if (m.costDimension() != null && !m.costDimension().matches("\\d{1,4}")) {
            problems.add(new FieldProblem("/costDimension", "Ange dimensionens nummer, t.ex. 1 (kostnadsställe)."));
        }
        return problems;
    }
}
