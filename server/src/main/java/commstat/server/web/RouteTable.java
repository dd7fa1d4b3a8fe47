package commstat.server.web;

import commstat.server.i18n.I18n;
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
        // The language of every request, routed or not (error pages too); ?lang= is remembered for a year.
        javalin.before(ctx -> {
            I18n lang = I18n.of(ctx);
            if (I18n.parse(ctx.queryParam(I18n.PARAM)).isPresent()) {
                gate.cookies().set(ctx, I18n.COOKIE, lang.code(), 365L * 24 * 3600);
            }
            ctx.attribute(Req.LANGUAGE_ATTR, lang.code());
            PageContext.begin(ctx, lang);
        });
        javalin.after(ctx -> PageContext.end());
        for (Route r : routes) {
            javalin.addHttpHandler(r.method().javalin(), r.path(), ctx -> gate.handle(r, ctx));
        }
    }
}
