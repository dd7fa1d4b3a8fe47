package commstat.server.ops;

import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.util.Objects.requireNonNull;

/**
 * One log line per request ({@code method path status ms user route}) and the request metrics. The query string
 * is left out of the log: it is the caller's, and may be long or hostile.
 */
public final class RequestLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger("commstat.requests");
    private final Metrics metrics;

    public RequestLog(Metrics metrics) {
        this.metrics = requireNonNull(metrics, "metrics is null");
    }

    @Override
    public void handle(Context ctx, Float ms) {
        Route route = Req.route(ctx);
        String pattern = route != null ? route.path() : ctx.path().startsWith("/static/") ? "/static" : "unmatched";
        int status = ctx.statusCode();
        metrics.request(pattern, ctx.method().name(), status, ms / 1000.0);
        if (LOG.isInfoEnabled()) {
            String user = Req.principal(ctx).name();
            LOG.info("{} {} {} {}ms user={} route={}", ctx.method().name(), clip(ctx.path()), status,
                    String.format(java.util.Locale.ROOT, "%.1f", ms), user.isEmpty() ? "-" : user, pattern);
        }
    }

    private static String clip(String path) {
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }
}
