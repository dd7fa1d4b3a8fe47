package commstat.server.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import commstat.server.assessment.CommunityAssessment;
import commstat.server.assessment.RankingRow;
import commstat.server.assessment.Rankings;
import commstat.server.runs.RunSummary;

import java.util.List;

/** The models of the three dashboards (also their JSON). */
public final class Dashboards {
    private Dashboards() {
    }

    /** The home page: the snapshot, the last run (for the roles that see runs), headline figures, charts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Home(String snapshot, String runDate, RunSummary lastRun, List<Integer> years, Headline headline,
                       List<Rankings.District> districts, List<ChartRef> charts, String pdfHref) {
        public Home {
            years = List.copyOf(years);
            districts = List.copyOf(districts);
            charts = List.copyOf(charts);
        }
    }

    /** A district office's dashboard. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record District(String snapshot, String runDate, String districtCode, String districtName, int year,
                           List<Integer> years, Headline headline, List<MonthlyReporting> reporting,
                           List<RankingRow> ranking, List<ChartRef> charts, String pdfHref) {
        public District {
            years = List.copyOf(years);
            reporting = List.copyOf(reporting);
            ranking = List.copyOf(ranking);
            charts = List.copyOf(charts);
        }
    }

    /** A community's profile: its assessment, monthly trends and charts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Community(String snapshot, String runDate, CommunityAssessment assessment,
                            List<MonthlyTrend> trends, List<ChartRef> charts, String pdfHref) {
        public Community {
            trends = List.copyOf(trends);
            charts = List.copyOf(charts);
        }
    }
}
