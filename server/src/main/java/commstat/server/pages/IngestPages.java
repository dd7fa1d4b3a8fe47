package commstat.server.pages;

import commstat.server.api.ApiException;
import commstat.server.api.ErrorBody;
import commstat.server.data.CommunityRejects;
import commstat.server.data.IngestReportReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/** The ingest report pages (HTML): {@code /ingest} and {@code /ingest/community/{code}}. */
public final class IngestPages {
    /** Rows shown on a page; the JSON API pages through the rest. */
    static final int PAGE_ROWS = 500;
    private static final Pattern COMMUNITY_CODE = Pattern.compile("\\d{12}");

    /** Said in the header, not left to the browser's guess: the pages are full of Chinese names. */
    static final String HTML_UTF8 = "text/html; charset=utf-8";

    private final IngestReportReader reader;
    private final Templates templates;

    public IngestPages(IngestReportReader reader, Templates templates) {
        this.reader = requireNonNull(reader, "reader is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/ingest"));
        routes.get("/ingest", this::report);
        routes.get("/ingest/community/{code}", this::community);
    }

    /** The error page of {@code ApiErrors} for browser routes. */
    public String errorPage(ErrorBody error) {
        return templates.render("error.jte", error);
    }

    private void report(Context ctx) throws SQLException {
        html(ctx, templates.render("ingest.jte", reader.report(PAGE_ROWS)));
    }

    private void community(Context ctx) throws SQLException {
        String code = ctx.pathParam("code");
        // A page, not an API: a malformed code is simply a page that does not exist.
        var found = COMMUNITY_CODE.matcher(code).matches()
                ? reader.community(code, 0, PAGE_ROWS)
                : Optional.<CommunityRejects>empty();
        html(ctx, templates.render("community.jte",
                found.orElseThrow(() -> ApiException.notFound("no community " + code))));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType(HTML_UTF8).result(page);
    }
}
