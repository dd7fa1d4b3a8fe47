package commstat.jobs.assessment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The readable summary the {@code assess} command prints: counts by rating, the FAILs with their class. */
final class AssessmentSummary {
    private AssessmentSummary() {
    }

    static String text(AssessmentScheme scheme, AssessmentResult r, Map<String, Long> statistics) {
        StringBuilder b = new StringBuilder();
        b.append("assessment ").append(r.year()).append(": ").append(r.assessed().size()).append(" communities assessed, ")
                .append(r.roster().notAssessed().size()).append(" not assessed\n");
        Map<String, Integer> byRating = new TreeMap<>();
        r.assessed().forEach(a -> byRating.merge(a.rating(), 1, Integer::sum));
        b.append("  by rating:");
        for (String rating : scheme.ratings()) {
            b.append(' ').append(rating).append(' ').append(byRating.getOrDefault(rating, 0));
        }
        b.append('\n');
        for (AssessmentRoster.NotAssessed n : r.roster().notAssessed()) {
            b.append("  not assessed: ").append(n.community().code()).append(' ').append(n.reason()).append('\n');
        }
        List<RankUncertainty.Result> u = r.uncertainty();
        for (int i = 0; i < r.assessed().size(); i++) {
            CommunityAssessment a = r.assessed().get(i);
            if (a.rating().equals(scheme.failRating()) || RankUncertainty.AT_RISK.equals(u.get(i).uncertaintyClass())) {
                b.append(String.format("  %s %s %s: score %s, district rank %d, P(score < %s) = %s, %s%n",
                        a.rating(), a.community().code(), a.community().name() == null ? "" : a.community().name(),
                        a.score().toPlainString(), a.districtRank(), scheme.passMark().toPlainString(),
                        u.get(i).probabilityBelowPass().toPlainString(), u.get(i).uncertaintyClass()));
            }
        }
        b.append("  fully employed: ").append(r.fullyEmployed().size()).append('\n');
        b.append("  Monte Carlo: ").append(scheme.monteCarlo().runs()).append(" runs, seed ")
                .append(scheme.monteCarlo().seed()).append('\n');
        if (!r.fundPointsPresent()) {
            b.append("  WARNING: no fund_anomaly_points table in the warehouse: fund_anomaly_points is missing (scores 0)"
                    + " for every community; run the funds job first\n");
        }
        statistics.forEach((table, rows) -> b.append("  ").append(table).append(": ").append(rows).append(" rows\n"));
        return b.toString();
    }
}
