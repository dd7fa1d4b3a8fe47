package commstat.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import commstat.server.api.ApiErrors;
import commstat.server.api.IngestApi;
import commstat.server.auth.LoginFeature;
import commstat.server.auth.LoginThrottle;
import commstat.server.auth.Passwords;
import commstat.server.assessment.AssessmentApi;
import commstat.server.assessment.AssessmentPages;
import commstat.server.auth.Sessions;
import commstat.server.charts.ChartsApi;
import commstat.server.dashboard.DashboardApi;
import commstat.server.portal.PortalFeature;
import commstat.server.assessment.ReportFiles;
import commstat.server.statistics.StatisticsFeature;
import commstat.server.funds.FinanceApi;
import commstat.server.funds.FinancePages;
import commstat.server.runs.RunsApi;
import commstat.server.auth.UsersFile;
import commstat.server.ops.HealthFeature;
import commstat.server.ops.OpenApiFeature;
import commstat.server.ops.Metrics;
import commstat.server.ops.RequestLog;
import commstat.server.pages.IngestPages;
import commstat.server.pages.Templates;
import commstat.server.snapshot.SnapshotSource;
import commstat.server.upload.UploadFeature;
import commstat.server.web.Feature;
import commstat.server.web.Gate;
import commstat.server.web.RouteTable;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The server as a value: {@link #create} wires everything and returns the app unstarted. */
public final class ServerApp {
    private ServerApp() {
    }

    /** What features are built from: one instance of each shared part per server. */
    public record Services(ServerConfig config, SnapshotSource snapshots, UsersFile users, Sessions sessions,
                           Metrics metrics, Templates templates, Clock clock) {
    }

    /**
     * Every feature of the server, in the order their routes are listed (docs, OpenAPI). A new feature is one
     * more line here; see {@code docs/SERVER.md} "Adding a route".
     */
    static List<Feature> features(Services s) {
        return List.of(
                new LoginFeature(s.users(), s.sessions(), new Passwords(Passwords.DEFAULT_COST),
                        new LoginThrottle(5, 20, Duration.ofMinutes(15), s.clock()), s.config().cookieSecure(),
                        s.templates()),
                new IngestPages(s.templates()),
                new IngestApi(),
                new DashboardApi(s.config().warehouse(), s.templates()),
                new AssessmentPages(s.templates()),
                new AssessmentApi(),
                new FinancePages(s.templates()),
                new FinanceApi(),
                new RunsApi(s.config().warehouse(), s.templates()),
                new ChartsApi(),
                new PortalFeature(s.config().warehouse(), s.templates()),
                new StatisticsFeature(s.templates()),
                new ReportFiles(),
                new UploadFeature(s.config().landing(), s.config().uploadMaxBytes(), s.clock(), s.templates()),
                new HealthFeature(s.snapshots(), s.metrics(), s.clock()));
    }

    /**
     * The app for this configuration; {@code start()} listens on its host and port. Stopping the app closes
     * its DuckDB connections.
     */
    public static Javalin create(ServerConfig config) {
        return create(config, List.of());
    }

    /** The app with extra features beside the standard ones (tests). */
    public static Javalin create(ServerConfig config, List<Feature> extra) {
        return create(config, extra, Clock.systemUTC());
    }

    /** The app on another clock (tests of upload times, session expiry). */
    public static Javalin create(ServerConfig config, List<Feature> extra, Clock clock) {
        SnapshotSource snapshots = new SnapshotSource(config.warehouse(), config.snapshotCheck(), config.cacheBytes());
        Services services = new Services(config, snapshots, new UsersFile(config.usersFile()),
                new Sessions(config.sessionIdle(), clock), new Metrics(), new Templates(), clock);
        List<Feature> features = new ArrayList<>(features(services));
        features.addAll(extra);
        // The OpenAPI document describes the finished table, itself included.
        AtomicReference<RouteTable> built = new AtomicReference<>();
        features.add(new OpenApiFeature(() -> built.get().routes()));
        RouteTable table = new RouteTable(features);
        built.set(table);
        Gate gate = new Gate(services.users(), services.sessions(), snapshots, services.metrics(), config.cookieSecure());
        // JSON field names are the warehouse's column names (rows_read, community_code, ...).
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        IngestPages errorPages = new IngestPages(services.templates());

        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            cfg.http.prefer405over404 = true; // POST /api/ingest/summary: the route exists, the method does not
            cfg.jsonMapper(new JavalinJackson(json, false));
            // Uploads: Jetty reads parts up to 4 times the limit whole (so the handler's 413 reaches a client that
            // is still sending), kept in memory up to 1 MiB; beyond that the handler refuses on Content-Length.
            cfg.jetty.multipartConfig.maxFileSize(UploadFeature.parseLimit(config.uploadMaxBytes()), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(UploadFeature.parseLimit(config.uploadMaxBytes()), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
            });
            table.register(cfg.routes, gate);
            ApiErrors.register(cfg.routes, errorPages::errorPage);
            cfg.requestLogger.http(new RequestLog(services.metrics()));
            cfg.events.serverStopped(snapshots::close);
            cfg.appData(ROUTE_TABLE, table);
        });
        return app;
    }

    /** The route table of an app made by {@link #create} (tests, the OpenAPI document). */
    public static RouteTable routeTable(Javalin app) {
        return app.unsafe.appDataManager.get(ROUTE_TABLE);
    }

    private static final io.javalin.config.Key<RouteTable> ROUTE_TABLE = new io.javalin.config.Key<>("commstat.routes");
}
