package commstat.server.pages;

import commstat.server.api.ApiException;
import commstat.server.api.ErrorBody;
import commstat.server.data.CommunityRejects;
import commstat.server.data.IngestReportReader;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static commstat.server.web.Role.ADMIN;
import static commstat.server.web.Role.COMMITTEE;
import static commstat.server.web.Role.DISTRICT;
import static java.util.Objects.requireNonNull;

/** The ingest report pages (HTML): {@code /ingest} and {@code /ingest/community/{code}}. */
public final class IngestPages implements Feature {
    /** Rows shown on a page; the JSON API pages through the rest. */
    static final int PAGE_ROWS = 500;
    private static final Pattern COMMUNITY_CODE = Pattern.compile("\\d{12}");

    /** Said in the header, not left to the browser's guess: the pages are full of Chinese names. */
    static final String HTML_UTF8 = "text/html; charset=utf-8";

    private final Templates templates;

    public IngestPages(Templates templates) {
        this.templates = requireNonNull(templates, "templates is null");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/ingest", Access.roles(ADMIN), "The ingest report of the whole city", this::report),
                Route.get("/ingest/community/{code}", Access.roles(COMMITTEE, DISTRICT, ADMIN).community("code"),
                        "One community's rejected rows", this::community));
    }

    private static IngestReportReader reader(Context ctx) {
        return new IngestReportReader(Req.snapshot(ctx).warehouse());
    }

    /** The error page of {@code ApiErrors} for browser routes. */
    public String errorPage(ErrorBody error) {
        return templates.render("error.jte", error);
    }

    private void report(Context ctx) throws Exception {
        Req.cachedHtml(ctx, () -> templates.render("ingest.jte", reader(ctx).report(PAGE_ROWS)));
    }

    private void community(Context ctx) throws Exception {
        String code = ctx.pathParam("code");
        Req.cachedHtml(ctx, () -> {
            // A page, not an API: a malformed code is simply a page that does not exist.
            var found = COMMUNITY_CODE.matcher(code).matches()
                    ? reader(ctx).community(code, 0, PAGE_ROWS)
                    : Optional.<CommunityRejects>empty();
            return templates.render("community.jte",
                    found.orElseThrow(() -> ApiException.notFound("no community " + code)));
        });
    }
}
