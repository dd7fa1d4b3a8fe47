package commstat.server.runs;

import commstat.server.pages.Templates;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static commstat.server.web.Role.ADMIN;
import static commstat.server.web.Role.DISTRICT;
import static java.util.Objects.requireNonNull;

/**
 * The run history (ADMIN and DISTRICT): {@code /runs} and {@code /runs/{id}} as pages, {@code /api/runs} and
 * {@code /api/runs/{id}} as JSON. Read from {@code <root>/runs/} on each request, not cached per snapshot: the
 * history is not part of a snapshot, and a failed run must show although it published nothing.
 */
public final class RunsApi implements Feature {
    private final Path root;
    private final Templates templates;

    public RunsApi(Path root, Templates templates) {
        this.root = requireNonNull(root, "root is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    @Override
    public List<Route> routes() {
        Access office = Access.roles(DISTRICT, ADMIN);
        return List.of(
                Route.get("/api/runs", office, "Nightly runs, newest first: status, times, stages, counts, errors",
                        ctx -> ctx.json(Map.of("runs", history().runs()))),
                Route.get("/api/runs/{id}", office, "One nightly run", ctx -> ctx.json(history().run(ctx.pathParam("id")))),
                Route.get("/runs", office, "Run history page", this::listPage),
                Route.get("/runs/{id}", office, "One run's stages page", this::onePage));
    }

    private RunHistory history() {
        return new RunHistory(root);
    }

    void listPage(Context ctx) {
        html(ctx, templates.render("runs/list.jte", history().runs()));
    }

    void onePage(Context ctx) {
        html(ctx, templates.render("runs/run.jte", history().run(ctx.pathParam("id"))));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
