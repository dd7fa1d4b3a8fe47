package commstat.server.runs;

import commstat.server.api.ApiException;
import commstat.server.marts.RequestScope;
import commstat.server.marts.Role;
import commstat.server.pages.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The run history (ADMIN and DISTRICT): {@code /runs} and {@code /runs/{id}} as pages, {@code /api/runs} and
 * {@code /api/runs/{id}} as JSON. Read from {@code <root>/runs/} on each request: the history is not part of a
 * snapshot, and a failed run must show even though it published nothing.
 */
public final class RunsApi {
    private final RequestScope scopes;
    private final Function<Context, Path> root;
    private final Templates templates;

    public RunsApi(RequestScope scopes, Function<Context, Path> root, Templates templates) {
        this.scopes = requireNonNull(scopes, "scopes is null");
        this.root = requireNonNull(root, "root is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/runs", this::list);
        routes.get("/api/runs/{id}", this::one);
        routes.get("/runs", this::listPage);
        routes.get("/runs/{id}", this::onePage);
    }

    private RunHistory history(Context ctx) {
        Role role = scopes.scope(ctx).role();
        if (role != Role.ADMIN && role != Role.DISTRICT) {
            throw ApiException.forbidden("the run history is for ADMIN and DISTRICT, not " + role);
        }
        return new RunHistory(root.apply(ctx));
    }

    void list(Context ctx) {
        ctx.json(Map.of("runs", history(ctx).runs()));
    }

    void one(Context ctx) {
        ctx.json(history(ctx).run(ctx.pathParam("id")));
    }

    void listPage(Context ctx) {
        List<RunSummary> runs = history(ctx).runs();
        ctx.contentType("text/html; charset=utf-8").result(templates.render("runs/list.jte", runs));
    }

    void onePage(Context ctx) {
        RunSummary run = history(ctx).run(ctx.pathParam("id"));
        ctx.contentType("text/html; charset=utf-8").result(templates.render("runs/run.jte", run));
    }
}
