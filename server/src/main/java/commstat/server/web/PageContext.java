package commstat.server.web;

import commstat.server.i18n.I18n;
import io.javalin.http.Context;

/**
 * What every page template may use besides its model: the request's language ({@link #t}), the caller, and the
 * CSRF token for forms. Set per request on the thread that serves it (Javalin runs a handler and its error
 * handlers on one thread) and cleared after it, so templates need no extra parameter.
 *
 * <p>A page cached with {@link Req#cachedHtml} may show the caller's name and carry the session's CSRF token: its
 * cache key includes the session (see {@link Req}), so no other browser gets it.
 */
public final class PageContext {
    private static final ThreadLocal<PageContext> CURRENT = new ThreadLocal<>();

    private final Context ctx;
    private final I18n lang;

    private PageContext(Context ctx, I18n lang) {
        this.ctx = ctx;
        this.lang = lang;
    }

    static void begin(Context ctx, I18n lang) {
        CURRENT.set(new PageContext(ctx, lang));
    }

    static void end() {
        CURRENT.remove();
    }

    private static PageContext current() {
        PageContext p = CURRENT.get();
        return p != null ? p : new PageContext(null, I18n.ZH);
    }

    /** The message of {@code key} in the request's language. */
    public static String t(String key, Object... args) {
        return current().lang.t(key, args);
    }

    public static I18n lang() {
        return current().lang;
    }

    /** The logged-in caller, or {@link Principal#ANONYMOUS}. */
    public static Principal user() {
        PageContext p = current();
        return p.ctx == null ? Principal.ANONYMOUS : Req.principal(p.ctx);
    }

    /** The CSRF token every form must send back as {@code _csrf}. */
    public static String csrf() {
        PageContext p = current();
        if (p.ctx == null) {
            throw new IllegalStateException("no request: a form needs one for its CSRF token");
        }
        return Req.csrfToken(p.ctx);
    }

    /** The current path with {@code lang} set, for the language switch. */
    public static String withLang(String code) {
        PageContext p = current();
        return (p.ctx == null ? "/" : p.ctx.path()) + "?" + I18n.PARAM + "=" + code;
    }
}
