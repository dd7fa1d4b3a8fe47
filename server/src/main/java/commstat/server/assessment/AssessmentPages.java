package commstat.server.assessment;

import commstat.server.marts.Params;
import commstat.server.marts.RequestScope;
import commstat.server.pages.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * The ranking pages ({@code /assessment} for the city, {@code /assessment/district/{code}}), sortable by
 * {@code ?sort=&dir=}, with a year selector ({@code ?year=}), and the community page
 * ({@code /assessment/community/{code}}) with its indicator table and explanation.
 */
public final class AssessmentPages {
    private final RequestScope scopes;
    private final Templates templates;

    public AssessmentPages(RequestScope scopes, Templates templates) {
        this.scopes = requireNonNull(scopes, "scopes is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/assessment", ctx -> rankings(ctx, null));
        routes.get("/assessment/district/{code}",
                ctx -> rankings(ctx, Params.district("district code", ctx.pathParam("code"))));
        routes.get("/assessment/community/{code}", this::community);
    }

    void rankings(Context ctx, String district) throws SQLException {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        RankingSort sort = RankingSort.parse(Params.query(ctx, "sort"));
        boolean desc = "desc".equals(Params.query(ctx, "dir"));
        Rankings r;
        try (Connection db = scopes.connect()) {
            r = AssessmentReader.rankings(db, scopes.snapshot(ctx), scopes.scope(ctx), year, district);
        }
        var page = new RankingsPage(r, sort.sort(r.rows(), r.isCity(), desc), sort, desc, null);
        ctx.contentType("text/html; charset=utf-8").result(templates.render("assessment/rankings.jte", page));
    }

    void community(Context ctx) throws SQLException {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        CommunityAssessment a;
        try (Connection db = scopes.connect()) {
            a = AssessmentReader.community(db, scopes.snapshot(ctx), scopes.scope(ctx), year, code);
        }
        ctx.contentType("text/html; charset=utf-8").result(templates.render("assessment/community.jte", a));
    }
}
