package commstat.server.assessment;

import commstat.server.marts.Params;
import commstat.server.marts.RequestScope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * The assessment as JSON: {@code /api/assessment/{year}/rankings?district=}, {@code /api/assessment/{year}/community/{code}}
 * and {@code /api/assessment/years}. Numbers are the marts' decimals, unrounded.
 */
public final class AssessmentApi {
    private final RequestScope scopes;

    public AssessmentApi(RequestScope scopes) {
        this.scopes = requireNonNull(scopes, "scopes is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/assessment/years", this::years);
        routes.get("/api/assessment/{year}/rankings", this::rankings);
        routes.get("/api/assessment/{year}/community/{code}", this::community);
    }

    void years(Context ctx) throws SQLException {
        try (Connection db = scopes.connect()) {
            var snapshot = scopes.snapshot(ctx);
            ctx.json(java.util.Map.of("snapshot", snapshot.id(), "years", AssessmentReader.visibleYears(
                    new AssessmentQueries(db, snapshot), snapshot, scopes.scope(ctx))));
        }
    }

    void rankings(Context ctx) throws SQLException {
        Integer year = Params.year("year", ctx.pathParam("year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        try (Connection db = scopes.connect()) {
            ctx.json(AssessmentReader.rankings(db, scopes.snapshot(ctx), scopes.scope(ctx), year, district));
        }
    }

    void community(Context ctx) throws SQLException {
        Integer year = Params.year("year", ctx.pathParam("year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        try (Connection db = scopes.connect()) {
            ctx.json(AssessmentReader.community(db, scopes.snapshot(ctx), scopes.scope(ctx), year, code));
        }
    }
}
