package commstat.server.web;

import commstat.server.api.ApiException;
import commstat.server.api.ErrorCode;
import commstat.server.auth.Sessions;
import commstat.server.auth.Tokens;
import commstat.server.auth.User;
import commstat.server.auth.UsersFile;
import commstat.server.ops.Metrics;
import commstat.server.snapshot.Snapshot;
import commstat.server.snapshot.SnapshotSource;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The one check in front of every route handler ({@link RouteTable} registers nothing else): who is calling
 * (API token, session cookie, or nobody), whether the route's {@link Access} lets that role in, whether the unit in
 * the path lies inside the caller's unit, and, for a state-changing request from a browser, the CSRF token. Then
 * the handler runs; the request's snapshot, if it took one, is released after it.
 */
public final class Gate {
    public static final String SESSION_COOKIE = "commstat_session";
    public static final String CSRF_COOKIE = "commstat_csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    static final String ATTR_GATE = "commstat.gate";
    static final String ATTR_ROUTE = "commstat.route";
    static final String ATTR_PRINCIPAL = "commstat.principal";
    static final String ATTR_SESSION = "commstat.session";
    static final String ATTR_SNAPSHOT = "commstat.snapshot";
    static final String ATTR_BEARER = "commstat.bearer";
    static final String ATTR_CSRF = "commstat.csrf";

    private final UsersFile users;
    private final Sessions sessions;
    private final SnapshotSource snapshots;
    private final Metrics metrics;
    private final CookieSecurity cookies;

    public Gate(UsersFile users, Sessions sessions, SnapshotSource snapshots, Metrics metrics, CookieSecurity cookies) {
        this.users = requireNonNull(users, "users is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.snapshots = requireNonNull(snapshots, "snapshots is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.cookies = requireNonNull(cookies, "cookies is null");
    }

    void handle(Route route, Context ctx) throws Exception {
        ctx.attribute(ATTR_GATE, this);
        ctx.attribute(ATTR_ROUTE, route);
        Principal who = identify(ctx);
        ctx.attribute(ATTR_PRINCIPAL, who);
        Access access = route.access();
        if (!access.allows(who.role())) {
            if (!who.isAnonymous()) {
                throw new ApiException(ErrorCode.FORBIDDEN,
                        "role " + who.role() + " may not use " + route.method() + " " + route.path());
            }
            if (route.isApi()) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "log in or send an API token (Authorization: Bearer ...)");
            }
            ctx.redirect(loginUrl(ctx), HttpStatus.FOUND);
            return;
        }
        if (access.scope() != Access.Scope.NONE) {
            String unit = ctx.pathParam(access.param());
            if (!who.covers(unit)) {
                // Same answer as a unit that does not exist: another unit's existence is not leaked.
                throw ApiException.notFound("no " + access.scope().name().toLowerCase(java.util.Locale.ROOT)
                        + " " + unit);
            }
        }
        if (route.method().changesState() && ctx.attribute(ATTR_BEARER) == null) {
            String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formCsrf(ctx));
            if (!Tokens.same(sent, expectedCsrf(ctx))) {
                throw new ApiException(ErrorCode.CSRF_TOKEN_MISSING,
                        "the form's CSRF token is missing or stale: reload the page and try again");
            }
        }
        try {
            route.handler().handle(ctx);
        } finally {
            Snapshot s = ctx.attribute(ATTR_SNAPSHOT);
            if (s != null) {
                ctx.attribute(ATTR_SNAPSHOT, null);
                s.release();
            }
        }
    }

    /** The form's token; a body that cannot be parsed (too large, malformed) has none. */
    private static String formCsrf(Context ctx) {
        try {
            return ctx.formParam(CSRF_FIELD);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Principal identify(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "only Authorization: Bearer <token> is accepted");
            }
            Optional<User> user = users.byToken(auth.substring(7).trim());
            if (user.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "the API token is not known");
            }
            ctx.attribute(ATTR_BEARER, Boolean.TRUE);
            return user.get().principal();
        }
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (session.isPresent()) {
            // The account may have been removed or changed since login: the users file has the last word.
            Principal p = session.get().principal();
            Optional<User> now = users.byName(p.name());
            if (now.isPresent() && now.get().principal().equals(p)) {
                ctx.attribute(ATTR_SESSION, session.get());
                return p;
            }
            sessions.end(session.get().id());
        }
        return Principal.ANONYMOUS;
    }

    /** The CSRF token this browser's forms must carry: the session's, or before login a cookie's (double submit). */
    String csrfToken(Context ctx) {
        String expected = expectedCsrf(ctx);
        if (expected != null) {
            return expected;
        }
        String fresh = Tokens.random();
        cookies.set(ctx, CSRF_COOKIE, fresh, -1);
        ctx.attribute(ATTR_CSRF, fresh);
        return fresh;
    }

    private String expectedCsrf(Context ctx) {
        Sessions.Session s = ctx.attribute(ATTR_SESSION);
        if (s != null) {
            return s.csrf();
        }
        String issued = ctx.attribute(ATTR_CSRF);
        return issued != null ? issued : ctx.cookie(CSRF_COOKIE);
    }

    private static String loginUrl(Context ctx) {
        String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    Snapshot snapshotFor(Context ctx) {
        Snapshot s = ctx.attribute(ATTR_SNAPSHOT);
        if (s == null) {
            s = snapshots.acquire();
            ctx.attribute(ATTR_SNAPSHOT, s);
        }
        return s;
    }

    public SnapshotSource snapshots() {
        return snapshots;
    }

    public Sessions sessions() {
        return sessions;
    }

    public UsersFile users() {
        return users;
    }

    public Metrics metrics() {
        return metrics;
    }

    public CookieSecurity cookies() {
        return cookies;
    }
}
