package commstat.server.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import commstat.server.api.ApiErrors;
import commstat.server.api.ErrorBody;
import commstat.server.assessment.AssessmentApi;
import commstat.server.assessment.AssessmentPages;
import commstat.server.funds.FinanceApi;
import commstat.server.funds.FinancePages;
import commstat.server.dashboard.DashboardApi;
import commstat.server.marts.Duck;
import commstat.server.runs.RunsApi;
import commstat.server.marts.RequestScope;
import commstat.server.marts.Role;
import commstat.server.marts.Scope;
import commstat.server.marts.Snapshot;
import commstat.server.pages.Templates;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** The feature routes on a real Javalin on a free port; the test says who asks with a header. */
final class FeatureServer implements AutoCloseable {
    /** Decimals read as written: money and scores compare to the fen, scale included. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    FeatureServer(Path root) {
        Duck duck = new Duck();
        Templates templates = new Templates();
        RequestScope scopes = new RequestScope() {
            @Override
            public Snapshot snapshot(Context ctx) {
                return Snapshot.current(root);
            }

            @Override
            public Scope scope(Context ctx) {
                String h = ctx.header("X-Test-Scope");
                if (h == null) {
                    return Scope.PUBLIC;
                }
                String[] p = h.split(":");
                return new Scope(Role.valueOf(p[0]), p.length > 1 ? p[1] : null);
            }

            @Override
            public Connection connect() throws SQLException {
                return duck.connect();
            }
        };
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
            });
            new AssessmentApi(scopes).register(cfg.routes);
            new AssessmentPages(scopes, templates).register(cfg.routes);
            new FinanceApi(scopes).register(cfg.routes);
            new FinancePages(scopes, templates).register(cfg.routes);
            new RunsApi(scopes, ctx -> root, templates).register(cfg.routes);
            new DashboardApi(scopes, ctx -> root, templates).register(cfg.routes, "/");
            ApiErrors.register(cfg.routes, (ErrorBody e) -> templates.render("error.jte", e));
            cfg.events.serverStopped(duck::close);
        }).start("127.0.0.1", 0);
    }

    HttpResponse<String> get(String path) {
        return get(path, null);
    }

    HttpResponse<String> get(String path, String scope) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (scope != null) {
            b.header("X-Test-Scope", scope);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
