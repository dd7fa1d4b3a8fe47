package commstat.server.assessment;

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

import static java.util.Objects.requireNonNull;

/**
 * The ranking pages ({@code /assessment} for the city, {@code /assessment/district/{code}}), sortable by
 * {@code ?sort=&dir=}, with a year selector ({@code ?year=}), and the community page
 * ({@code /assessment/community/{code}}) with its indicator table and explanation.
 */
public final class AssessmentPages implements Feature {
    private final Templates templates;

    public AssessmentPages(Templates templates) {
        this.templates = requireNonNull(templates, "templates is null");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/assessment", Access.anyone(), "City ranking page (sortable, rating badges, year selector)",
                        ctx -> rankings(ctx, null)),
                Route.get("/assessment/district/{code}", Access.anyone(),
                        "District ranking page; scores and rank intervals for its office",
                        ctx -> rankings(ctx, Params.district("district code", ctx.pathParam("code")))),
                Route.get("/assessment/community/{code}", Access.anyone(),
                        "Community assessment page: indicator table and explanation for its committee and office",
                        this::community));
    }

    void rankings(Context ctx, String district) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        RankingSort sort = RankingSort.parse(Params.query(ctx, "sort"));
        boolean desc = "desc".equals(Params.query(ctx, "dir"));
        Req.cachedHtml(ctx, () -> {
            Rankings r;
            try (Connection db = Requests.connect(ctx)) {
                r = AssessmentReader.rankings(db, Requests.snapshot(ctx), Requests.scope(ctx), year, district);
            }
            var page = new RankingsPage(r, sort.sort(r.rows(), r.isCity(), desc), sort, desc,
                    ReportLinks.rankingPdf(Requests.snapshot(ctx), r, Requests.scope(ctx)));
            return templates.render("assessment/rankings.jte", page);
        });
    }

    void community(Context ctx) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        String code = Params.community("community code", ctx.pathParam("code"));
        Req.cachedHtml(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return templates.render("assessment/community.jte",
                        AssessmentReader.community(db, Requests.snapshot(ctx), Requests.scope(ctx), year, code));
            }
        });
    }
}
