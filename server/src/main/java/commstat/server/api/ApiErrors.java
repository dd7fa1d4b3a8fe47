package commstat.server.api;

import commstat.server.data.WarehouseNotReadyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The one error mapper: every failure becomes a 4xx/5xx answer with {@code {"code", "message"}}: JSON under
 * {@code /api/} and {@code /health}, an HTML page elsewhere. Stack traces go to the log, never to the client.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** Set once an error is answered, so the status handlers below leave that answer alone. */
    private static final String ANSWERED = "commstat.error.answered";

    private static final String HTML_UTF8 = "text/html; charset=utf-8";

    private final Function<ErrorBody, String> htmlPage;

    private ApiErrors(Function<ErrorBody, String> htmlPage) {
        this.htmlPage = requireNonNull(htmlPage, "htmlPage is null");
    }

    /** Registers the mapper; {@code htmlPage} renders the error page for browser routes. */
    public static void register(RoutesConfig routes, Function<ErrorBody, String> htmlPage) {
        ApiErrors errors = new ApiErrors(htmlPage);
        routes.exception(ApiException.class, (e, ctx) -> errors.answer(ctx, e.code(), e.getMessage()));
        routes.exception(WarehouseNotReadyException.class,
                (e, ctx) -> errors.answer(ctx, ErrorCode.NO_INGEST_YET, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> errors.answerStatus(ctx, e.getStatus()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            errors.answer(ctx, ErrorCode.INTERNAL_ERROR, "internal error: see the server log");
        });
        // Javalin answers unmatched routes and methods itself; give them the same shape.
        routes.error(404, ctx -> errors.answerUnlessAnswered(ctx, 404));
        routes.error(405, ctx -> errors.answerUnlessAnswered(ctx, 405));
        routes.error(500, ctx -> errors.answerUnlessAnswered(ctx, 500));
    }

    private void answerUnlessAnswered(Context ctx, int status) {
        if (ctx.attribute(ANSWERED) == null) {
            answerStatus(ctx, status);
        }
    }

    private void answerStatus(Context ctx, int status) {
        switch (status) {
            case 404 -> answer(ctx, ErrorCode.NOT_FOUND, "no such page: " + ctx.path());
            case 405 -> answer(ctx, ErrorCode.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path());
            case 503 -> answer(ctx, ErrorCode.NO_INGEST_YET, "the server is not ready");
            case 413 -> answer(ctx, ErrorCode.PAYLOAD_TOO_LARGE, "the request is larger than the server accepts");
            default -> {
                if (status >= 400 && status < 500) {
                    answer(ctx, ErrorCode.BAD_REQUEST, "bad request", status);
                } else {
                    answer(ctx, ErrorCode.INTERNAL_ERROR, "internal error: see the server log", 500);
                }
            }
        }
    }

    private void answer(Context ctx, ErrorCode code, String message) {
        answer(ctx, code, message, code.status());
    }

    private void answer(Context ctx, ErrorCode code, String message, int status) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ErrorBody body = new ErrorBody(code.name(), message);
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.json(body);
        } else {
            ctx.contentType(HTML_UTF8).result(htmlPageOrText(body));
        }
    }

    /** The error page; if even that fails, plain text, so an error never ends in a stack trace. */
    private String htmlPageOrText(ErrorBody body) {
        try {
            return htmlPage.apply(body);
        } catch (RuntimeException e) {
            LOG.error("cannot render the error page", e);
            return escape(body.code() + ": " + body.message());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static boolean wantsJson(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health");
    }
}
