package commstat.server.assessment;

import commstat.server.marts.Params;
import commstat.server.marts.Requests;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * The assessment as JSON: {@code /api/assessment/years}, {@code /api/assessment/{year}/rankings?district=} and
 * {@code /api/assessment/{year}/community/{code}}. Open to everyone: {@link AssessmentReader} cuts each answer to
 * what the caller may see. Numbers are the marts' decimals, unrounded.
 */
public final class AssessmentApi implements Feature {
    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/assessment/years", Access.anyone(),
                        "Years with an assessment the caller may see (the public: published years)", this::years),
                Route.get("/api/assessment/{year}/rankings", Access.anyone(),
                        "Ranking of the city or ?district=: ratings and ranks; score and rank intervals for the "
                                + "district's office", this::rankings),
                Route.get("/api/assessment/{year}/community/{code}", Access.anyone(),
                        "A community's rating and ranks; indicators and explanation for its committee and office",
                        this::community));
    }

    void years(Context ctx) throws Exception {
        Req.cachedJson(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                var snapshot = Requests.snapshot(ctx);
                return Map.of("snapshot", snapshot.id(), "years", AssessmentReader.visibleYears(
                        new AssessmentQueries(db, snapshot), snapshot, Requests.scope(ctx)));
            }
        });
    }

    void rankings(Context ctx) throws Exception {
        Integer year = Params.year("year", ctx.pathParam("year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        Req.cachedJson(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return AssessmentReader.rankings(db, Requests.snapshot(ctx), Requests.scope(ctx), year, district);
            }
        });
    }

    void community(Context ctx) throws Exception {
        Integer year = Params.year("year", ctx.pathParam("year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        Req.cachedJson(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return AssessmentReader.community(db, Requests.snapshot(ctx), Requests.scope(ctx), year, code);
            }
        });
    }
}
