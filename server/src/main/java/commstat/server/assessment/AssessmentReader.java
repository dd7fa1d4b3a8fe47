package commstat.server.assessment;

import commstat.server.api.ApiException;
import commstat.server.marts.Scope;
import commstat.server.marts.Snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The rankings and community assessments as a scope may see them (domain.md): the public sees ratings and ranks
 * of published years; a committee its own community's indicators; a district office everything of its district;
 * finance the consequences; the administrator all. A year or unit the scope may not see is a 404, like one that
 * does not exist.
 */
public final class AssessmentReader {
    private AssessmentReader() {
    }

    /**
     * The ranking of {@code year} (null: the latest the scope may see) for {@code districtCode} (null: the city).
     */
    public static Rankings rankings(Connection db, Snapshot snapshot, Scope scope, Integer year, String districtCode)
            throws SQLException {
        AssessmentQueries q = new AssessmentQueries(db, snapshot);
        List<Integer> years = visibleYears(q, snapshot, scope);
        int y = chooseYear(years, year);
        List<Rankings.District> districts = q.districts();
        String districtName = null;
        if (districtCode != null) {
            districtName = districts.stream().filter(d -> d.districtCode().equals(districtCode)).findFirst()
                    .map(d -> d.districtName() == null ? "" : d.districtName())
                    .orElseThrow(() -> ApiException.notFound("no district " + districtCode));
        }
        List<RankingRow> rows = q.ranking(y, districtCode).stream()
                .map(r -> scope.seesUncertainty(r.districtCode()) ? r : r.publicView()).toList();
        // On the city page a district-bound scope gets its own district's part of the lists.
        String listDistrict = districtCode != null ? districtCode : scope.district();
        List<Consequence> consequences = listDistrict == null
                ? (scope.seesCityFunds() ? q.consequences(y, null) : null)
                : (scope.seesConsequences(listDistrict) ? q.consequences(y, listDistrict) : null);
        List<NotAssessed> notAssessed = listDistrict == null
                ? (scope.ownsDistrict(null) ? q.notAssessed(y, null) : null)
                : (scope.ownsDistrict(listDistrict) ? q.notAssessed(y, listDistrict) : null);
        return new Rankings(snapshot.id(), y, districtCode, districtName, snapshot.publishes(y), years, districts,
                rows, consequences, notAssessed);
    }

    /** One community's assessment of {@code year} (null: the latest the scope may see). */
    public static CommunityAssessment community(Connection db, Snapshot snapshot, Scope scope, Integer year,
                                               String communityCode) throws SQLException {
        AssessmentQueries q = new AssessmentQueries(db, snapshot);
        List<Integer> years = visibleYears(q, snapshot, scope);
        if (year == null) {
            // The latest year this community was assessed in (a new community has none before its first).
            for (int candidate : years) {
                if (q.row(candidate, communityCode).isPresent()) {
                    year = candidate;
                    break;
                }
            }
            if (year == null) {
                throw ApiException.notFound("community " + communityCode + " has no assessment");
            }
        }
        int y = chooseYear(years, year);
        RankingRow row = q.row(y, communityCode).orElseThrow(
                () -> ApiException.notFound("community " + communityCode + " has no assessment for " + y));
        boolean detail = scope.seesAssessmentDetail(communityCode, row.districtCode());
        List<IndicatorRow> indicators = detail ? q.indicators(y, communityCode) : null;
        Consequence consequence = scope.seesConsequences(row.districtCode())
                ? q.consequences(y, row.districtCode()).stream()
                .filter(c -> c.communityCode().equals(communityCode)).findFirst().orElse(null)
                : null;
        RankingRow shown = detail ? row : row.publicView();
        if (detail && !scope.seesUncertainty(row.districtCode())) {
            // A committee sees its score and indicators; the intervals belong to the district's comparison.
            shown = new RankingRow(row.year(), row.communityCode(), row.communityName(), row.streetCode(),
                    row.streetName(), row.districtCode(), row.districtName(), row.rating(), row.districtRank(),
                    row.cityRank(), row.score(), row.missingIndicators(), row.isFullyEmployed(), null, null, null,
                    null, null, null, null, null);
        }
        return new CommunityAssessment(snapshot.id(), y, years, shown, indicators, consequence);
    }

    /** Years with an assessment; the public sees only published ones. */
    public static List<Integer> visibleYears(AssessmentQueries q, Snapshot snapshot, Scope scope) throws SQLException {
        List<Integer> all = q.years();
        return scope.isPublic() ? all.stream().filter(snapshot::publishes).toList() : all;
    }

    private static int chooseYear(List<Integer> years, Integer year) {
        if (year == null) {
            if (years.isEmpty()) {
                throw ApiException.notFound("no assessment is published yet");
            }
            return years.get(0);
        }
        if (!years.contains(year)) {
            throw ApiException.notFound("no assessment for " + year);
        }
        return year;
    }
}
