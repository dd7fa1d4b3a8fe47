package commstat.server.dashboard;

import commstat.server.marts.Params;
import commstat.server.marts.RequestScope;
import commstat.server.pages.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The dashboards, as pages and JSON: home ({@code /home}, {@code /api/dashboard/home}), district
 * ({@code /dashboard/district/{code}}) and community profile ({@code /dashboard/community/{code}}), each stamped with
 * the snapshot it shows.
 */
public final class DashboardApi {
    private final RequestScope scopes;
    private final Function<Context, Path> root;
    private final Templates templates;

    public DashboardApi(RequestScope scopes, Function<Context, Path> root, Templates templates) {
        this.scopes = requireNonNull(scopes, "scopes is null");
        this.root = requireNonNull(root, "root is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    public void register(RoutesConfig routes, String homePath) {
        routes.get(homePath, ctx -> html(ctx, "dashboard/home.jte", home(ctx)));
        routes.get("/api/dashboard/home", ctx -> ctx.json(home(ctx)));
        routes.get("/dashboard/district/{code}", ctx -> html(ctx, "dashboard/district.jte", district(ctx)));
        routes.get("/api/dashboard/district/{code}", ctx -> ctx.json(district(ctx)));
        routes.get("/dashboard/community/{code}", ctx -> html(ctx, "dashboard/community.jte", community(ctx)));
        routes.get("/api/dashboard/community/{code}", ctx -> ctx.json(community(ctx)));
    }

    Dashboards.Home home(Context ctx) throws SQLException {
        try (Connection db = scopes.connect()) {
            return DashboardReader.home(db, scopes.snapshot(ctx), root.apply(ctx), scopes.scope(ctx));
        }
    }

    Dashboards.District district(Context ctx) throws SQLException {
        String code = Params.district("district code", ctx.pathParam("code"));
        Integer year = Params.year("year", Params.query(ctx, "year"));
        try (Connection db = scopes.connect()) {
            return DashboardReader.district(db, scopes.snapshot(ctx), scopes.scope(ctx), year, code);
        }
    }

    Dashboards.Community community(Context ctx) throws SQLException {
        String code = Params.community("community code", ctx.pathParam("code"));
        Integer year = Params.year("year", Params.query(ctx, "year"));
        try (Connection db = scopes.connect()) {
            return DashboardReader.community(db, scopes.snapshot(ctx), scopes.scope(ctx), year, code);
        }
    }

    private void html(Context ctx, String template, Object model) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render(template, model));
    }
}
