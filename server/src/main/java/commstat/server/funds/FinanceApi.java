package commstat.server.funds;

import commstat.server.marts.Params;
import commstat.server.marts.RequestScope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * The finance view as JSON: {@code /api/funds/overview?year=&district=} (flag counts, Art. 6 and withheld funds),
 * {@code /api/funds/flags?year=&district=&flag=}, {@code /api/funds/community/{code}?year=&flag=} (balances and flags).
 */
public final class FinanceApi {
    private final RequestScope scopes;

    public FinanceApi(RequestScope scopes) {
        this.scopes = requireNonNull(scopes, "scopes is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/funds/overview", this::overview);
        routes.get("/api/funds/flags", this::flags);
        routes.get("/api/funds/community/{code}", this::community);
    }

    void overview(Context ctx) throws SQLException {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        try (Connection db = scopes.connect()) {
            ctx.json(FinanceReader.overview(db, scopes.snapshot(ctx), scopes.scope(ctx), year, district));
        }
    }

    void flags(Context ctx) throws SQLException {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        try (Connection db = scopes.connect()) {
            ctx.json(FinanceReader.flags(db, scopes.snapshot(ctx), scopes.scope(ctx), year, district,
                    Params.query(ctx, "flag")));
        }
    }

    void community(Context ctx) throws SQLException {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        try (Connection db = scopes.connect()) {
            ctx.json(FinanceReader.community(db, scopes.snapshot(ctx), scopes.scope(ctx), year, code,
                    Params.query(ctx, "flag")));
        }
    }
}
