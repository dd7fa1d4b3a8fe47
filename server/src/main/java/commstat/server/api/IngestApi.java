package commstat.server.api;

import commstat.server.data.CommunityRejects;
import commstat.server.data.IngestReportReader;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

import static commstat.server.web.Role.ADMIN;
import static commstat.server.web.Role.COMMITTEE;
import static commstat.server.web.Role.DISTRICT;

/**
 * The ingest report as JSON: the same numbers as the {@code /ingest} pages. The city-wide report is the
 * administrator's; a community's rejects are also its committee's and its district office's.
 */
public final class IngestApi implements Feature {
    /** The report's list of files not ingested; the full list is {@code /api/ingest/files}. */
    public static final int REPORT_FILE_LIMIT = 500;

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(ADMIN);
        return List.of(
                Route.get("/api/ingest/summary", admin, "The ingest report: totals, outcomes, rejects by code and community", this::summary),
                Route.get("/api/ingest/files", admin, "Ingested files by name (?outcome=&limit=&offset=)", this::files),
                Route.get("/api/ingest/rejects", admin, "Rejected rows by file and line (?community=&code=&limit=&offset=)", this::rejects),
                Route.get("/api/ingest/community/{code}", Access.roles(COMMITTEE, DISTRICT, ADMIN).community("code"),
                        "A community with its names and its rejected rows (?limit=&offset=)", this::community));
    }

    private static IngestReportReader reader(Context ctx) {
        return new IngestReportReader(Req.snapshot(ctx).warehouse());
    }

    private void summary(Context ctx) throws Exception {
        Req.cachedJson(ctx, () -> reader(ctx).report(REPORT_FILE_LIMIT));
    }

    /** {@code ?outcome=ingested|rejected|duplicate_ignored|conflict&limit=&offset=} */
    private void files(Context ctx) throws Exception {
        var outcome = RequestParams.outcome(ctx, "outcome");
        int offset = RequestParams.offset(ctx);
        int limit = RequestParams.limit(ctx);
        Req.cachedJson(ctx, () -> reader(ctx).files(outcome, offset, limit));
    }

    /** {@code ?community=<12 digits>&code=<RejectReason>&limit=&offset=} */
    private void rejects(Context ctx) throws Exception {
        Optional<String> community = RequestParams.communityCode(ctx, "community");
        Optional<String> code = RequestParams.rejectCode(ctx, "code");
        int offset = RequestParams.offset(ctx);
        int limit = RequestParams.limit(ctx);
        Req.cachedJson(ctx, () -> reader(ctx).rejects(community, code, offset, limit));
    }

    private void community(Context ctx) throws Exception {
        String code = RequestParams.communityCode("community code", ctx.pathParam("code"));
        int offset = RequestParams.offset(ctx);
        int limit = RequestParams.limit(ctx);
        Req.cachedJson(ctx, () -> {
            CommunityRejects found = reader(ctx).community(code, offset, limit)
                    .orElseThrow(() -> ApiException.notFound("no community " + code));
            return found;
        });
    }
}
