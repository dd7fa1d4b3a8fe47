package commstat.jobs.assessment;

import commstat.jobs.assessment.AssessmentScheme.Consequence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The consequences table for finance (Art. 33): the communities whose rating carries a consequence (FAIL and
 * EXCELLENT by default), for the year after Y, with the Monte Carlo class. A borderline FAIL is marked for
 * review so that no community loses funds on the choice of weights alone.
 */
public final class Consequences {
    private Consequences() {
    }

    public record Row(Community community, int appliesToYear, String rating, BigDecimal score,
                      int fundsChangePct, int staffPayChangePct, boolean commendation,
                      String uncertaintyClass, boolean needsReview) {
        public Row {
            Objects.requireNonNull(community, "community is null");
        }
    }

    public static List<Row> of(AssessmentScheme scheme, int year, List<CommunityAssessment> assessed,
                               List<RankUncertainty.Result> uncertainty) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < assessed.size(); i++) {
            CommunityAssessment a = assessed.get(i);
            Consequence c = scheme.consequence(a.rating()).orElse(null);
            if (c == null) {
                continue;
            }
            String cls = uncertainty.get(i).uncertaintyClass();
            rows.add(new Row(a.community(), year + 1, a.rating(), a.score(), c.fundsChangePct(), c.staffPayChangePct(),
                    c.commendation(), cls, RankUncertainty.BORDERLINE.equals(cls)));
        }
        return rows;
    }
}
