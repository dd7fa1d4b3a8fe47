package commstat.server.funds;

import commstat.server.marts.Params;
import commstat.server.marts.RequestScope;
import commstat.server.pages.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/** The finance pages: {@code /finance?year=&district=} and {@code /finance/community/{code}?year=&flag=}. */
public final class FinancePages {
    private final RequestScope scopes;
    private final Templates templates;

    public FinancePages(RequestScope scopes, Templates templates) {
        this.scopes = requireNonNull(scopes, "scopes is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/finance", this::overview);
        routes.get("/finance/community/{code}", this::community);
    }

    void overview(Context ctx) throws SQLException {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        FinanceOverview o;
        try (Connection db = scopes.connect()) {
            o = FinanceReader.overview(db, scopes.snapshot(ctx), scopes.scope(ctx), year, district);
        }
        ctx.contentType("text/html; charset=utf-8").result(templates.render("funds/overview.jte", o));
    }

    void community(Context ctx) throws SQLException {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        CommunityFunds c;
        try (Connection db = scopes.connect()) {
            c = FinanceReader.community(db, scopes.snapshot(ctx), scopes.scope(ctx), year, code,
                    Params.query(ctx, "flag"));
        }
        ctx.contentType("text/html; charset=utf-8").result(templates.render("funds/community.jte", c));
    }
}
