package commstat.server.web;

import commstat.server.snapshot.AnswerCache;
import commstat.server.snapshot.Snapshot;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a route handler may ask about its request, past the {@link Gate}: who is calling, the snapshot the request
 * reads (the same one from start to end, even when a newer one is published meanwhile), the CSRF token for its
 * forms, and answers built once per snapshot ({@link #cachedJson}, {@link #cachedHtml}) with an ETag.
 */
public final class Req {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";

    private Req() {
    }

    /** The caller; {@link Principal#ANONYMOUS} when nobody is logged in. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(Gate.ATTR_PRINCIPAL);
        return p == null ? Principal.ANONYMOUS : p;
    }

    /** The route being served. */
    public static Route route(Context ctx) {
        return ctx.attribute(Gate.ATTR_ROUTE);
    }

    /** The snapshot this request reads; taken at the first call, released by the gate after the handler. */
    public static Snapshot snapshot(Context ctx) {
        return gate(ctx).snapshotFor(ctx);
    }

    /** The token every form of this page must send back as {@code _csrf} (or in the {@code X-CSRF-Token} header). */
    public static String csrfToken(Context ctx) {
        return gate(ctx).csrfToken(ctx);
    }

    /** A builder of an answer that may fail (SQL, I/O). */
    @FunctionalInterface
    public interface Builder<T> {
        T build() throws Exception;
    }

    /** Answers with {@code build}'s object as JSON, built once per snapshot, URL and caller's scope. */
    public static void cachedJson(Context ctx, Builder<Object> build) throws Exception {
        cachedJson(ctx, "", build);
    }

    /** As {@link #cachedJson(Context, Builder)}, once more per {@code variant} (what else the answer shows). */
    public static void cachedJson(Context ctx, String variant, Builder<Object> build) throws Exception {
        cached(ctx, JSON, variant, () -> ctx.jsonMapper().toJsonString(build.build(), Object.class)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Answers with {@code build}'s page, built once per snapshot, URL, caller's scope and language. */
    public static void cachedHtml(Context ctx, Builder<String> build) throws Exception {
        cachedHtml(ctx, "", build);
    }

    /** As {@link #cachedHtml(Context, Builder)}, once more per {@code variant} (what else the page shows). */
    public static void cachedHtml(Context ctx, String variant, Builder<String> build) throws Exception {
        cached(ctx, HTML, variant, () -> build.build().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cache behind {@link #cachedJson} and {@link #cachedHtml}: the key is the method, path, sorted query,
     * the caller's role and unit and the language, so two callers who may see different things never share an
     * answer. The ETag names the snapshot; {@code If-None-Match} with it gets a 304.
     */
    public static void cached(Context ctx, String contentType, Builder<byte[]> build) throws Exception {
        cached(ctx, contentType, "", build);
    }

    private static void cached(Context ctx, String contentType, String variant, Builder<byte[]> build)
            throws Exception {
        Snapshot snapshot = snapshot(ctx);
        Gate gate = gate(ctx);
        String key = key(ctx, contentType.startsWith("text/html")) + "|" + variant;
        AnswerCache.Answer answer = snapshot.cache().get(key);
        if (answer == null) {
            gate.metrics().cacheMiss();
            byte[] body = build.build();
            answer = snapshot.cache().put(key, AnswerCache.Answer.of(body, contentType,
                    "\"" + snapshot.id() + "-" + shortHash(key) + "\""));
        } else {
            gate.metrics().cacheHit();
        }
        ctx.header("ETag", answer.etag());
        ctx.header("Cache-Control", principal(ctx).isAnonymous() ? "public, no-cache" : "private, no-cache");
        ctx.header("Vary", "Cookie, Authorization, Accept-Language, Accept-Encoding");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, answer.etag())) {
            gate.metrics().notModified();
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        send(ctx, answer);
    }

    /**
     * Writes the answer straight to the servlet response: one write with its Content-Length, gzipped from the
     * cache when the client takes gzip. Through {@code ctx.result} Javalin would copy it in 8 KB pieces (so Jetty
     * sends it chunked) and gzip it again on every request.
     */
    private static void send(Context ctx, AnswerCache.Answer answer) throws java.io.IOException {
        byte[] body = answer.body();
        if (answer.gzipped() != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
            body = answer.gzipped();
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.contentType(answer.contentType());
        ctx.res().setContentLength(body.length);
        ctx.res().getOutputStream().write(body);
    }

    /** Whether {@code Accept-Encoding} allows gzip: named (or {@code *}) without {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.split(";");
            String coding = p[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < p.length; i++) {
                    String param = p[i].trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
                    if (param.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag) || c.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** Pages depend on the language; JSON does not, so JSON answers are shared across languages. */
    private static String key(Context ctx, boolean languageMatters) {
        Map<String, java.util.List<String>> query = new TreeMap<>(ctx.queryParamMap());
        // A logged-in browser's pages may carry its name and its session's CSRF token: they are its own.
        commstat.server.auth.Sessions.Session session = ctx.attribute(Gate.ATTR_SESSION);
        String who = session != null ? "session:" + session.id() : principal(ctx).name();
        return ctx.method() + " " + ctx.path() + "?" + query + "|" + principal(ctx).scopeKey() + "|" + who + "|"
                + (languageMatters ? java.util.Objects.requireNonNullElse(ctx.attribute(LANGUAGE_ATTR), "") : "");
    }

    /** Set by the language choice; part of the cache key of pages. */
    public static final String LANGUAGE_ATTR = "commstat.lang";

    private static String shortHash(String key) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Gate gate(Context ctx) {
        Gate g = ctx.attribute(Gate.ATTR_GATE);
        if (g == null) {
            throw new IllegalStateException("not a gated route: " + ctx.path());
        }
        return g;
    }
}
