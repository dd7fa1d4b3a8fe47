package commstat.server.funds;

import commstat.server.marts.Params;
import commstat.server.marts.Requests;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.sql.Connection;
import java.util.List;

import static commstat.server.web.Role.ADMIN;
import static commstat.server.web.Role.DISTRICT;
import static commstat.server.web.Role.FINANCE;

/**
 * The finance view as JSON: {@code /api/funds/overview?year=&district=} (flag counts, Art. 6 and withheld funds),
 * {@code /api/funds/flags?year=&district=&flag=}, {@code /api/funds/community/{code}?year=&flag=} (balances and flags).
 */
public final class FinanceApi implements Feature {
    @Override
    public List<Route> routes() {
        Access finance = Access.roles(FINANCE, DISTRICT, ADMIN);
        return List.of(
                Route.get("/api/funds/overview", finance,
                        "Fund flag counts per community, Art. 6 allocations and withheld-funds gaps (?year=&district=)",
                        this::overview),
                Route.get("/api/funds/flags", finance, "Fund-rule flags (?year=&district=&flag=)", this::flags),
                Route.get("/api/funds/community/{code}", finance.community("code"),
                        "A community's monthly account balances and flags (?year=&flag=)", this::community));
    }

    void overview(Context ctx) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        Req.cachedJson(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return FinanceReader.overview(db, Requests.snapshot(ctx), Requests.scope(ctx), year, district);
            }
        });
    }

    void flags(Context ctx) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        String flag = Params.query(ctx, "flag");
        Req.cachedJson(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return FinanceReader.flags(db, Requests.snapshot(ctx), Requests.scope(ctx), year, district, flag);
            }
        });
    }

    void community(Context ctx) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        String flag = Params.query(ctx, "flag");
        Req.cachedJson(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return FinanceReader.community(db, Requests.snapshot(ctx), Requests.scope(ctx), year, code, flag);
            }
        });
    }
}
