package commstat.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import commstat.server.api.ApiErrors;
import commstat.server.api.IngestApi;
import commstat.server.data.IngestReportReader;
import commstat.server.data.Warehouse;
import commstat.server.pages.IngestPages;
import commstat.server.pages.Templates;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/** The server as a value: {@link #create} wires everything and returns the app unstarted. */
public final class ServerApp {
    private ServerApp() {
    }

    /**
     * The app for this configuration; {@code start()} listens on its host and port. Stopping the app closes
     * its DuckDB connection.
     */
    public static Javalin create(ServerConfig config) {
        Warehouse warehouse = Warehouse.open(config.warehouse());
        IngestReportReader reader = new IngestReportReader(warehouse);
        IngestPages pages = new IngestPages(reader, new Templates());
        IngestApi api = new IngestApi(reader);
        // JSON field names are the warehouse's column names (rows_read, community_code, ...).
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

        return Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            cfg.http.prefer405over404 = true; // POST /api/ingest/summary: the route exists, the method does not

            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
            });
            pages.register(cfg.routes);
            api.register(cfg.routes);
            ApiErrors.register(cfg.routes, pages::errorPage);
            cfg.events.serverStopped(warehouse::close);
        });
    }
}
