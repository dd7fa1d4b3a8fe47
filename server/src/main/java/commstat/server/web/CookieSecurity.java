package commstat.server.web;

import io.javalin.http.Context;

import java.util.Locale;

/** When cookies get the {@code Secure} flag: always, never, or when the request came over TLS (directly or per
 * {@code X-Forwarded-Proto} from the reverse proxy in front). */
public enum CookieSecurity {
    AUTO, ALWAYS, NEVER;

    public static CookieSecurity parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cookie_secure '" + s + "' is not auto, always or never", e);
        }
    }

    boolean secure(Context ctx) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> "https".equalsIgnoreCase(ctx.scheme())
                    || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        };
    }

    /** Sets a cookie: path /, HttpOnly, SameSite=Strict, Secure as decided; {@code maxAge} -1 for a browser session, 0 to delete. */
    public void set(Context ctx, String name, String value, long maxAgeSeconds) {
        StringBuilder c = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Strict");
        if (maxAgeSeconds >= 0) {
            c.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (secure(ctx)) {
            c.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", c.toString());
    }
}
