package commstat.server.web;

import io.javalin.config.RoutesConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every route of the server, gathered from the features. The only place that registers handlers with Javalin, and
 * it registers each one behind the {@link Gate}: a route without an {@link Access} cannot be built, so none can
 * be served unchecked. The access-matrix test and {@code /api/openapi.json} read this table.
 */
public final class RouteTable {
    private final List<Route> routes;

    public RouteTable(List<? extends Feature> features) {
        List<Route> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Feature f : features) {
            for (Route r : f.routes()) {
                if (!seen.add(r.method() + " " + r.path())) {
                    throw new IllegalArgumentException("two routes for " + r.method() + " " + r.path());
                }
                all.add(r);
            }
        }
        this.routes = Collections.unmodifiableList(all);
    }

    public List<Route> routes() {
        return routes;
    }

    public void register(RoutesConfig javalin, Gate gate) {
        for (Route r : routes) {
            javalin.addHttpHandler(r.method().javalin(), r.path(), ctx -> gate.handle(r, ctx));
        }
    }
}
