package commstat.server.auth;

import commstat.server.pages.Templates;
import commstat.server.web.Access;
import commstat.server.web.CookieSecurity;
import commstat.server.web.Feature;
import commstat.server.web.Gate;
import commstat.server.web.Principal;
import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Login form, logout, and {@code /api/me}. A successful login starts a new session (new id, new CSRF token: a
 * session fixed before login is never reused), sets the session cookie (HttpOnly, SameSite=Strict, Secure as
 * configured) and redirects to {@code next} if that is a path of this site. Failed logins are throttled.
 */
public final class LoginFeature implements Feature {
    private final UsersFile users;
    private final Sessions sessions;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final CookieSecurity cookies;
    private final Templates templates;

    public LoginFeature(UsersFile users, Sessions sessions, Passwords passwords, LoginThrottle throttle,
                        CookieSecurity cookies, Templates templates) {
        this.users = requireNonNull(users, "users is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.passwords = requireNonNull(passwords, "passwords is null");
        this.throttle = requireNonNull(throttle, "throttle is null");
        this.cookies = requireNonNull(cookies, "cookies is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/login", Access.anyone(), "The login form", this::form),
                Route.post("/login", Access.anyone(), "Log in (form post: user, password, _csrf, next)", this::login),
                Route.post("/logout", Access.anyone(), "Log out (form post with _csrf)", this::logout),
                Route.get("/api/me", Access.anyone(), "Who is calling: name, role and unit", this::me));
    }

    private void form(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        page(ctx, new LoginForm("", ctx.queryParam("next"), null));
    }

    private void login(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String name = Optional.ofNullable(ctx.formParam("user")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = ctx.formParam("next");
        String address = ctx.ip();
        long wait = throttle.retryAfterSeconds(name, address);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            page(ctx, new LoginForm(name, next, "login.throttled"));
            return;
        }
        Optional<User> user = users.byName(name);
        // A missing user costs a bcrypt comparison too, so the time taken does not tell which names exist.
        boolean ok = passwords.matches(password, user.map(User::passwordHash).orElse(passwords.dummyHash()))
                && user.isPresent() && user.get().passwordHash() != null;
        if (!ok) {
            throttle.failed(name, address);
            ctx.status(HttpStatus.UNAUTHORIZED);
            page(ctx, new LoginForm(name, next, "login.failed"));
            return;
        }
        throttle.succeeded(name);
        sessions.end(ctx.cookie(Gate.SESSION_COOKIE));
        Sessions.Session session = sessions.create(user.get().principal());
        cookies.set(ctx, Gate.SESSION_COOKIE, session.id(), sessions.idle().toSeconds());
        cookies.set(ctx, Gate.CSRF_COOKIE, "", 0);
        ctx.redirect(safeNext(next), HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        sessions.end(ctx.cookie(Gate.SESSION_COOKIE));
        cookies.set(ctx, Gate.SESSION_COOKIE, "", 0);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void me(Context ctx) {
        Principal p = Req.principal(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", p.name());
        body.put("role", p.role().name());
        body.put("unit", p.unit());
        ctx.header("Cache-Control", "no-store");
        ctx.json(body);
    }

    private void page(Context ctx, LoginForm form) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render("login.jte", form));
    }

    /** Only a path of this site ({@code /x}, not {@code //host} or {@code /\host}); anything else is {@code /}. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "/";
        }
        return next;
    }

}
