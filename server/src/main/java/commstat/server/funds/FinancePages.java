package commstat.server.funds;

import commstat.server.marts.Params;
import commstat.server.marts.Requests;
import commstat.server.pages.Templates;
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
import static java.util.Objects.requireNonNull;

/** The finance pages: {@code /finance?year=&district=} and {@code /finance/community/{code}?year=&flag=}. */
public final class FinancePages implements Feature {
    private final Templates templates;

    public FinancePages(Templates templates) {
        this.templates = requireNonNull(templates, "templates is null");
    }

    @Override
    public List<Route> routes() {
        Access finance = Access.roles(FINANCE, DISTRICT, ADMIN);
        return List.of(
                Route.get("/finance", finance, "Finance view: flag counts, Art. 6 allocations, withheld-funds gaps",
                        this::overview),
                Route.get("/finance/community/{code}", finance.community("code"),
                        "A community's monthly balances and fund-rule flags", this::community));
    }

    void overview(Context ctx) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String district = Params.district("district", Params.query(ctx, "district"));
        Req.cachedHtml(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return templates.render("funds/overview.jte",
                        FinanceReader.overview(db, Requests.snapshot(ctx), Requests.scope(ctx), year, district));
            }
        });
    }

    void community(Context ctx) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        String flag = Params.query(ctx, "flag");
        Req.cachedHtml(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return templates.render("funds/community.jte",
                        FinanceReader.community(db, Requests.snapshot(ctx), Requests.scope(ctx), year, code, flag));
            }
        });
    }
}
