package commstat.server.dashboard;

import commstat.server.api.ApiException;
import commstat.server.assessment.AssessmentQueries;
import commstat.server.assessment.AssessmentReader;
import commstat.server.assessment.CommunityAssessment;
import commstat.server.assessment.Rankings;
import commstat.server.assessment.ReportLinks;
import commstat.server.web.Role;
import commstat.server.marts.Scope;
import commstat.server.marts.Snapshot;
import commstat.server.runs.RunHistory;
import commstat.server.runs.RunSummary;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboards as a scope may see them. Home is for everyone (the public sees the published ratings); the
 * district dashboard is its office's and the administrator's; a community profile its committee's, its district
 * office's and the administrator's. A unit out of scope is a 404.
 */
public final class DashboardReader {
    private DashboardReader() {
    }

    /** The home page for {@code asked} (null: the latest year the scope may see). */
    public static Dashboards.Home home(Connection db, Snapshot snapshot, Path root, Scope scope, Integer asked)
            throws SQLException {
        AssessmentQueries aq = new AssessmentQueries(db, snapshot);
        List<Integer> years = visibleYears(aq, snapshot, scope);
        if (asked != null && !years.contains(asked)) {
            throw ApiException.notFound("no assessment for " + asked);
        }
        Integer year = asked != null ? asked : years.isEmpty() ? null : years.get(0);
        boolean office = scope.role() == Role.ADMIN || scope.role() == Role.DISTRICT;
        RunSummary lastRun = office ? new RunHistory(root).latest().orElse(null) : null;
        String district = scope.role() == Role.DISTRICT ? scope.unitCode() : null;
        Headline headline = year == null ? new Headline(null, null, null, null, null, null, null, null, null, null)
                : headline(new DashboardQueries(db, snapshot), scope, year, district);
        List<ChartRef> charts = new ArrayList<>();
        if (year != null) {
            charts.add(new ChartRef("chart-ratings", "Ratings " + year, "/charts/ratings.svg?year=" + year));
            if (headline.expectedSubmissions() != null) {
                charts.add(new ChartRef("chart-reporting", "Submissions by month " + year, district == null
                        ? "/charts/reporting.svg?year=" + year
                        : "/charts/district/" + district + "/reporting.svg?year=" + year));
            }
        }
        String pdf = year != null && scope.role() == Role.ADMIN ? ReportLinks.href(snapshot, year, "city", null) : null;
        return new Dashboards.Home(snapshot.id(), runDate(snapshot), lastRun, years, headline, aq.districts(), charts,
                pdf);
    }

    public static Dashboards.District district(Connection db, Snapshot snapshot, Scope scope, Integer year,
                                               String districtCode) throws SQLException {
        if (!scope.ownsDistrict(districtCode)) {
            if (scope.role() == Role.PUBLIC || scope.role() == Role.COMMITTEE || scope.role() == Role.FINANCE) {
                throw ApiException.forbidden("the district dashboard is for its office and ADMIN, not " + scope.role());
            }
            throw ApiException.notFound("no district " + districtCode);
        }
        Rankings r = AssessmentReader.rankings(db, snapshot, scope, year, districtCode);
        Headline headline = headline(new DashboardQueries(db, snapshot), scope, r.year(), districtCode);
        String q = "?year=" + r.year();
        List<ChartRef> charts = List.of(
                new ChartRef("chart-ranking", "Ranking with rank intervals " + r.year(),
                        "/charts/district/" + districtCode + "/ranking.svg" + q),
                new ChartRef("chart-reporting", "Submissions by month " + r.year(),
                        "/charts/district/" + districtCode + "/reporting.svg" + q));
        return new Dashboards.District(snapshot.id(), runDate(snapshot), districtCode, r.districtName(), r.year(),
                r.years(), headline, new DashboardQueries(db, snapshot).reporting(r.year(), districtCode), r.rows(),
                charts, ReportLinks.href(snapshot, r.year(), "district", districtCode));
    }

    public static Dashboards.Community community(Connection db, Snapshot snapshot, Scope scope, Integer year,
                                                 String communityCode) throws SQLException {
        if (scope.role() == Role.PUBLIC || scope.role() == Role.FINANCE) {
            throw ApiException.forbidden("the community profile is for its committee, its district office and ADMIN, "
                    + "not " + scope.role());
        }
        CommunityAssessment a = AssessmentReader.community(db, snapshot, scope, year, communityCode);
        if (!scope.seesAssessmentDetail(communityCode, a.ranking().districtCode())) {
            throw ApiException.notFound("no community " + communityCode);
        }
        String q = "?year=" + a.year();
        List<ChartRef> charts = List.of(
                new ChartRef("chart-points", "Where the points went " + a.year(),
                        "/charts/community/" + communityCode + "/points.svg" + q),
                new ChartRef("chart-trends", "Population, registered unemployed, floating residents " + a.year(),
                        "/charts/community/" + communityCode + "/trends.svg" + q),
                new ChartRef("chart-funds", "Fund income and spending by item " + a.year(),
                        "/charts/community/" + communityCode + "/funds.svg" + q));
        return new Dashboards.Community(snapshot.id(), runDate(snapshot), a,
                new DashboardQueries(db, snapshot).trends(a.year(), communityCode), charts,
                ReportLinks.href(snapshot, a.year(), "community", communityCode));
    }

    /** Ratings for all; review count for who sees consequences; reporting and Art. 14 for the office; flags for funds. */
    static Headline headline(DashboardQueries q, Scope scope, int year, String district) throws SQLException {
        var ratings = q.ratings(year, district);
        int assessed = ratings.values().stream().mapToInt(Integer::intValue).sum();
        boolean office = scope.ownsDistrict(district);
        boolean seesFunds = district == null ? scope.seesCityFunds() : scope.seesFunds(district);
        Integer review = scope.seesConsequences(district) ? q.failsNeedingReview(year, district) : null;
        var months = office ? q.reporting(year, district) : List.<MonthlyReporting>of();
        boolean reporting = !months.isEmpty();
        return new Headline(year, assessed, ratings, review,
                reporting ? months.stream().mapToInt(MonthlyReporting::expected).sum() : null,
                reporting ? months.stream().mapToInt(MonthlyReporting::onTime).sum() : null,
                reporting ? months.stream().mapToInt(MonthlyReporting::late).sum() : null,
                reporting ? months.stream().mapToInt(MonthlyReporting::missing).sum() : null,
                seesFunds ? q.fundFlags(year, district) : null, office ? q.art14Required(district) : null);
    }

    private static List<Integer> visibleYears(AssessmentQueries aq, Snapshot snapshot, Scope scope)
            throws SQLException {
        List<Integer> all = aq.years();
        return scope.isPublic() ? all.stream().filter(snapshot::publishes).toList() : all;
    }

    private static String runDate(Snapshot snapshot) {
        return snapshot.runDate().map(LocalDate::toString).orElse(null);
    }
}
