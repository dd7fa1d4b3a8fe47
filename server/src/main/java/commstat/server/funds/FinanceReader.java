package commstat.server.funds;

import commstat.server.api.ApiException;
import commstat.server.assessment.AssessmentQueries;
import commstat.server.marts.Scope;
import commstat.server.marts.Snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The finance view as a scope may see it: FINANCE (the city, or its district) and ADMIN see every community in
 * scope, a DISTRICT office its own district; other roles lack the function (403). A district or community out of
 * scope answers 404, as if it did not exist.
 */
public final class FinanceReader {
    /** Flags listed at most per answer; the counts are always whole. */
    public static final int FLAG_LIMIT = 5000;

    private FinanceReader() {
    }

    public static FinanceOverview overview(Connection db, Snapshot snapshot, Scope scope, Integer year,
                                           String districtCode) throws SQLException {
        String district = district(scope, districtCode);
        FundQueries q = new FundQueries(db, snapshot);
        List<Integer> years = q.years();
        int y = year(years, year);
        // A district asked about must exist; the caller's own district answers even while it has no community.
        if (district != null && !district.equals(scope.district())
                && new AssessmentQueries(db, snapshot).districts().stream()
                .noneMatch(d -> d.districtCode().equals(district))) {
            throw ApiException.notFound("no district " + district);
        }
        return new FinanceOverview(snapshot.id(), y, district, years, FundQueries.FLAGS, q.flagCounts(y, district),
                q.allocations(y, district));
    }

    public static CommunityFunds community(Connection db, Snapshot snapshot, Scope scope, Integer year,
                                           String communityCode, String flag) throws SQLException {
        requireFunction(scope);
        FundQueries q = new FundQueries(db, snapshot);
        String[] c = q.community(communityCode).filter(r -> scope.seesFunds(r[2]))
                .orElseThrow(() -> ApiException.notFound("no community " + communityCode));
        int y = year(q.years(), year);
        return new CommunityFunds(snapshot.id(), y, c[0], c[1], c[2], c[3], q.balances(y, communityCode),
                q.flags(y, null, communityCode, flag(flag), FLAG_LIMIT));
    }

    public static List<FlagRow> flags(Connection db, Snapshot snapshot, Scope scope, Integer year,
                                      String districtCode, String flag) throws SQLException {
        String district = district(scope, districtCode);
        FundQueries q = new FundQueries(db, snapshot);
        return q.flags(year(q.years(), year), district, null, flag(flag), FLAG_LIMIT);
    }

    /** The district the answer is for: the one asked, which must be the scope's own when it has one. */
    private static String district(Scope scope, String asked) {
        requireFunction(scope);
        String own = scope.district();
        if (asked == null) {
            return own;
        }
        if (!scope.seesFunds(asked)) {
            throw ApiException.notFound("no district " + asked);
        }
        return asked;
    }

    private static void requireFunction(Scope scope) {
        if (!scope.mayUseFinance()) {
            throw ApiException.forbidden("the finance view is for FINANCE, DISTRICT and ADMIN, not " + scope.role());
        }
    }

    private static String flag(String flag) {
        if (flag != null && !FundQueries.FLAGS.contains(flag)) {
            throw ApiException.badParameter("flag '" + (flag.length() > 30 ? flag.substring(0, 30) : flag)
                    + "' is not one of " + String.join(", ", FundQueries.FLAGS));
        }
        return flag;
    }

    private static int year(List<Integer> years, Integer year) {
        if (year == null) {
            if (years.isEmpty()) {
                throw ApiException.notFound("the snapshot has no funds tables: run ./commstat funds");
            }
            return years.get(0);
        }
        if (!years.contains(year)) {
            throw ApiException.notFound("no funds figures for " + year);
        }
        return year;
    }
}
