package commstat.server.api;

import commstat.server.data.CommunityRejects;
import commstat.server.data.IngestReportReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The ingest report as JSON: the same numbers as the {@code /ingest} pages. */
public final class IngestApi {
    /** The report's list of files not ingested; the full list is {@code /api/ingest/files}. */
    public static final int REPORT_FILE_LIMIT = 500;

    private final IngestReportReader reader;

    public IngestApi(IngestReportReader reader) {
        this.reader = requireNonNull(reader, "reader is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        routes.get("/api/ingest/summary", this::summary);
        routes.get("/api/ingest/files", this::files);
        routes.get("/api/ingest/rejects", this::rejects);
        routes.get("/api/ingest/community/{code}", this::community);
    }

    private void summary(Context ctx) throws SQLException {
        ctx.json(reader.report(REPORT_FILE_LIMIT));
    }

    /** {@code ?outcome=ingested|rejected|duplicate_ignored|conflict&limit=&offset=} */
    private void files(Context ctx) throws SQLException {
        var outcome = RequestParams.outcome(ctx, "outcome");
        ctx.json(reader.files(outcome, RequestParams.offset(ctx), RequestParams.limit(ctx)));
    }

    /** {@code ?community=<12 digits>&code=<RejectReason>&limit=&offset=} */
    private void rejects(Context ctx) throws SQLException {
        Optional<String> community = RequestParams.communityCode(ctx, "community");
        Optional<String> code = RequestParams.rejectCode(ctx, "code");
        ctx.json(reader.rejects(community, code, RequestParams.offset(ctx), RequestParams.limit(ctx)));
    }

    private void community(Context ctx) throws SQLException {
        String code = RequestParams.communityCode("community code", ctx.pathParam("code"));
        CommunityRejects found = reader.community(code, RequestParams.offset(ctx), RequestParams.limit(ctx))
                .orElseThrow(() -> ApiException.notFound("no community " + code));
        ctx.json(found);
    }
}
