package commstat.server.web;

import io.javalin.http.Handler;

import static java.util.Objects.requireNonNull;

/**
 * One endpoint: method, path (Javalin syntax, {@code {code}} for a path parameter), who may call it, a short
 * description (the OpenAPI document and the docs show it) and the handler. A route cannot exist without its
 * {@link Access}: the gate ({@link RouteTable}) checks it before the handler runs.
 *
 * <p>Paths under {@code /api/} (and {@code /health}, {@code /metrics}) are API routes: JSON answers, 401 for an
 * anonymous caller. Every other path is a page: HTML answers, a redirect to {@code /login} for an anonymous caller.
 */
public record Route(HttpMethod method, String path, Access access, String summary, Handler handler) {
    public Route {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(access, "access of " + path + " is null: every route declares who may call it");
        requireNonNull(summary, "summary is null");
        requireNonNull(handler, "handler is null");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path " + path + " does not start with /");
        }
        if (access.param() != null && !path.contains("{" + access.param() + "}")) {
            throw new IllegalArgumentException("route " + path + " is scoped by {" + access.param()
                    + "}, which is not in its path");
        }
    }

    public static Route get(String path, Access access, String summary, Handler handler) {
        return new Route(HttpMethod.GET, path, access, summary, handler);
    }

    public static Route post(String path, Access access, String summary, Handler handler) {
        return new Route(HttpMethod.POST, path, access, summary, handler);
    }

    public static Route delete(String path, Access access, String summary, Handler handler) {
        return new Route(HttpMethod.DELETE, path, access, summary, handler);
    }

    /** Whether this is an API route (JSON, 401) rather than a page (HTML, redirect to login). */
    public boolean isApi() {
        return isApiPath(path);
    }

    /** The rule of {@link #isApi()}, also for paths no route matched. */
    public static boolean isApiPath(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health") || path.equals("/metrics");
    }
}
