package commstat.server.dashboard;

import commstat.server.marts.Params;
import commstat.server.marts.Requests;
import commstat.server.pages.Templates;
import commstat.server.runs.RunHistory;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Req;
import commstat.server.web.Role;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import static commstat.server.web.Role.ADMIN;
import static commstat.server.web.Role.COMMITTEE;
import static commstat.server.web.Role.DISTRICT;
import static java.util.Objects.requireNonNull;

/**
 * The dashboards, as pages and JSON, each stamped with the snapshot it shows: home ({@code /},
 * {@code /api/dashboard/home}), district ({@code /dashboard/district/{code}}) and community profile
 * ({@code /dashboard/community/{code}}). Pages are cached per snapshot and scope ({@link Req#cachedHtml}).
 */
public final class DashboardApi implements Feature {
    private final Path root;
    private final Templates templates;

    public DashboardApi(Path root, Templates templates) {
        this.root = requireNonNull(root, "root is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    @Override
    public List<Route> routes() {
        Access districtOffice = Access.roles(DISTRICT, ADMIN).district("code");
        Access communityOffice = Access.roles(COMMITTEE, DISTRICT, ADMIN).community("code");
        return List.of(
                Route.get("/", Access.anyone(), "Home dashboard: snapshot, last run, headline figures, charts",
                        ctx -> homeAnswer(ctx, () -> templates.render("dashboard/home.jte", home(ctx)), true)),
                Route.get("/api/dashboard/home", Access.anyone(), "Home dashboard figures",
                        ctx -> homeAnswer(ctx, () -> home(ctx), false)),
                Route.get("/dashboard/district/{code}", districtOffice, "District dashboard with charts",
                        ctx -> Req.cachedHtml(ctx, () -> templates.render("dashboard/district.jte", district(ctx)))),
                Route.get("/api/dashboard/district/{code}", districtOffice, "District dashboard figures",
                        ctx -> Req.cachedJson(ctx, () -> district(ctx))),
                Route.get("/dashboard/community/{code}", communityOffice, "Community profile with charts",
                        ctx -> Req.cachedHtml(ctx, () -> templates.render("dashboard/community.jte", community(ctx)))),
                Route.get("/api/dashboard/community/{code}", communityOffice, "Community profile figures",
                        ctx -> Req.cachedJson(ctx, () -> community(ctx))));
    }

    /**
     * The home page is cached per snapshot; for the roles that see the last run also per state of the runs folder
     * ({@link RunHistory#stamp}): a failed night publishes no snapshot, and its status must show at once. While
     * that folder has just changed, the page is built per request.
     */
    private void homeAnswer(Context ctx, Req.Builder<Object> build, boolean html) throws Exception {
        Role role = Requests.scope(ctx).role();
        boolean live = role == ADMIN || role == DISTRICT;
        Optional<String> runs = live ? new RunHistory(root).stamp().map(stamp -> "runs " + stamp) : Optional.of("");
        if (runs.isEmpty()) {
            if (html) {
                ctx.contentType("text/html; charset=utf-8").result((String) build.build());
            } else {
                ctx.json(build.build());
            }
        } else if (html) {
            Req.cachedHtml(ctx, runs.get(), () -> (String) build.build());
        } else {
            Req.cachedJson(ctx, runs.get(), build);
        }
    }

    Dashboards.Home home(Context ctx) throws Exception {
        try (Connection db = Requests.connect(ctx)) {
            return DashboardReader.home(db, Requests.snapshot(ctx), root, Requests.scope(ctx),
                    Params.year("year", Params.query(ctx, "year")));
        }
    }

    Dashboards.District district(Context ctx) throws Exception {
        String code = Params.district("district code", ctx.pathParam("code"));
        Integer year = Params.year("year", Params.query(ctx, "year"));
        try (Connection db = Requests.connect(ctx)) {
            return DashboardReader.district(db, Requests.snapshot(ctx), Requests.scope(ctx), year, code);
        }
    }

    Dashboards.Community community(Context ctx) throws Exception {
        String code = Params.community("community code", ctx.pathParam("code"));
        Integer year = Params.year("year", Params.query(ctx, "year"));
        try (Connection db = Requests.connect(ctx)) {
            return DashboardReader.community(db, Requests.snapshot(ctx), Requests.scope(ctx), year, code);
        }
    }
}
