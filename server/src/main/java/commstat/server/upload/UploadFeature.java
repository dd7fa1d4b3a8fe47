package commstat.server.upload;

import commstat.ingest.contract.Dataset;
import commstat.ingest.landing.InvalidReferenceDataException;
import commstat.ingest.landing.ReferenceData;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.RowReject;
import commstat.ingest.validate.SubmissionValidator;
import commstat.server.api.ApiException;
import commstat.server.api.ErrorCode;
import commstat.server.pages.Templates;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Route;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static commstat.server.web.Role.COMMITTEE;
import static java.util.Objects.requireNonNull;

/**
 * A committee's uploads: the page (drag and drop) and {@code POST /api/communities/{code}/uploads} (multipart:
 * {@code file}, and {@code dataset} and {@code period} unless the file's name carries them as
 * {@code <community>_<dataset>_<yyyy-MM>[_<anything>].<ext>}). The file is validated at once by the ingest's
 * {@link SubmissionValidator} under the name it will have in the inbox, {@code <community>_<dataset>_<period>_
 * <upload time>.<ext>}, the upload time being the server's clock in Asia/Shanghai to the second. A file rejected
 * whole is not stored (422, with the reason); any other is stored (201) with its rejected rows listed, exactly as
 * the nightly run will take it. The client's file name only supplies the extension and, optionally, the dataset
 * and period: it never becomes a path.
 */
public final class UploadFeature implements Feature {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UploadFeature.class);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "json");
    /** Content types browsers and scripts send for the three formats; empty and octet-stream say nothing. */
    private static final Set<String> CONTENT_TYPES = Set.of("", "application/octet-stream", "text/csv", "text/plain",
            "application/csv", "application/vnd.ms-excel", "application/json", "text/json",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip");
    private static final Pattern NAME_HINT = Pattern.compile(
            "^(\\d{12})_(population|employment|floating|funds)_(\\d{4}-\\d{2})(?:_[^.]*)?\\.[A-Za-z]+$");
    private static final int MAX_NAME = 255;

    private final Path landing;
    private final long maxBytes;
    private final Clock clock;
    private final Templates templates;
    private final References references;
    private final Inbox inbox;
    /** Validation stores nothing keyed: the file goes to the inbox as uploaded, so a throw-away key serves. */
    private final KeyedHasher throwAwayKey;

    public UploadFeature(Path landing, long maxBytes, Clock clock, Templates templates) {
        this.landing = landing;
        this.maxBytes = maxBytes;
        this.clock = requireNonNull(clock, "clock is null");
        this.templates = requireNonNull(templates, "templates is null");
        this.references = landing == null ? null : new References(landing);
        this.inbox = landing == null ? null : new Inbox(landing);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.throwAwayKey = new KeyedHasher(key);
    }

    @Override
    public List<Route> routes() {
        Access committee = Access.roles(COMMITTEE).community("code");
        return List.of(
                Route.get("/communities/{code}/upload", committee, "The upload page of a committee (drag and drop)", this::page),
                Route.post("/api/communities/{code}/uploads", committee,
                        "Upload a submission (multipart: file, dataset, period); validated at once, stored unless rejected whole",
                        this::upload));
    }

    /** What the upload page shows. */
    public record UploadPage(String communityCode, List<String> datasets, String period) {
    }

    private void page(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String code = ctx.pathParam("code");
        String lastMonth = YearMonth.now(clock.withZone(SHANGHAI)).minusMonths(1).toString();
        ctx.contentType("text/html; charset=utf-8").result(templates.render("upload.jte",
                new UploadPage(code, List.of("population", "employment", "floating", "funds"), lastMonth)));
    }

    private void upload(Context ctx) throws IOException {
        if (landing == null) {
            throw new ApiException(ErrorCode.NO_INGEST_YET, "uploads are not configured on this server (no landing folder)");
        }
        String community = ctx.pathParam("code");
        long declared = ctx.req().getContentLengthLong();
        if (declared > parseLimit(maxBytes)) {
            throw tooLarge();
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {
            // Jetty refuses a part over the configured multipart limit while parsing, as "bad multipart".
            if (declared > maxBytes) {
                drain(ctx, declared);
                throw tooLarge();
            }
            throw ApiException.badParameter("the request is not a readable multipart form");
        }
        if (file == null) {
            throw ApiException.badParameter("no file: send it as the multipart field 'file'");
        }
        String clientName = Optional.ofNullable(file.filename()).orElse("");
        checkPlainName(clientName);
        String extension = extensionOf(clientName);
        String contentType = Optional.ofNullable(file.contentType()).orElse("").split(";")[0].trim()
                .toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension) || !CONTENT_TYPES.contains(contentType)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "'" + clip(clientName) + "' ("
                    + (contentType.isEmpty() ? "no type" : clip(contentType)) + ") is not a CSV, XLSX or JSON file");
        }
        if (file.size() > maxBytes) {
            throw tooLarge();
        }
        Matcher hint = NAME_HINT.matcher(clientName);
        boolean hinted = hint.matches();
        if (hinted && !hint.group(1).equals(community)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "the file names community " + hint.group(1)
                    + ", not " + community + ": a committee uploads its own community's files only");
        }
        String dataset = param(ctx, "dataset").orElse(hinted ? hint.group(2) : null);
        String period = param(ctx, "period").orElse(hinted ? hint.group(3) : null);
        if (dataset == null || Dataset.fromCode(dataset).isEmpty()) {
            throw ApiException.badParameter("dataset '" + clip(String.valueOf(dataset))
                    + "' is not one of population, employment, floating, funds");
        }
        if (period == null || !isMonth(period)) {
            throw ApiException.badParameter("period '" + clip(String.valueOf(period)) + "' is not a month yyyy-MM");
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        LocalDateTime submittedAt = LocalDateTime.now(clock.withZone(SHANGHAI)).truncatedTo(ChronoUnit.SECONDS);
        String name = community + "_" + dataset + "_" + period + "_" + STAMP.format(submittedAt) + "." + extension;
        ReferenceData reference;
        try {
            reference = references.current();
        } catch (InvalidReferenceDataException e) {
            LOG.error("uploads cannot be checked: {}", e.getMessage());
            throw new ApiException(ErrorCode.NO_INGEST_YET,
                    "uploads cannot be checked now: the reference data is incomplete; tell the administrator");
        }
        FileResult result = new SubmissionValidator(reference, throwAwayKey).validate(name, content);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file_name", name);
        body.put("submitted_at", submittedAt.toString());
        if (result.rejectedWhole()) {
            body.put("code", ErrorCode.SUBMISSION_REJECTED.name());
            body.put("message", "the file is rejected whole and was not stored: " + result.reason() + ": "
                    + result.message());
            body.put("stored", false);
            body.put("reason", String.valueOf(result.reason()));
            describe(result, body);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(body);
            return;
        }
        try {
            inbox.store(name, content);
        } catch (Inbox.AlreadyThere e) {
            throw new ApiException(ErrorCode.CONFLICT, "a file named " + name
                    + " was uploaded in this same second; nothing was overwritten: upload again");
        }
        body.put("stored", true);
        describe(result, body);
        ctx.status(HttpStatus.CREATED).json(body);
    }

    private static void describe(FileResult result, Map<String, Object> body) {
        body.put("encoding", result.encoding());
        body.put("rows_read", result.rowsRead());
        body.put("rows_accepted", result.rowsAccepted());
        body.put("rows_rejected", result.rowsRejected());
        body.put("warnings", result.warnings());
        body.put("rejects", result.rejects().stream().map(UploadFeature::reject).toList());
    }

    private static Map<String, Object> reject(RowReject r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", r.line());
        m.put("column", r.column());
        m.put("code", r.code().name());
        m.put("message", r.message());
        return m;
    }

    /**
     * Reads what is left of a refused body (up to a few times the limit), so the client, still sending, gets the
     * answer instead of a reset connection.
     */
    private void drain(Context ctx, long declared) {
        if (declared > 4 * maxBytes) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.skip(declared);
        } catch (IOException | RuntimeException e) {
            // the answer is 413 either way
        }
    }

    /** How much of a multipart body is read at all: four times the file limit, plus room for the other fields. */
    public static long parseLimit(long maxBytes) {
        return 4 * maxBytes + 64 * 1024;
    }

    private ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the file is larger than the limit of " + maxBytes + " bytes");
    }

    /** A bare file name: no folder part, no {@code ..}, no control characters. */
    static void checkPlainName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME || name.contains("/") || name.contains("\\")
                || name.contains("..") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "file name '" + clip(name)
                    + "' is not a plain file name (no folders, no '..')");
        }
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isMonth(String s) {
        if (!s.matches("\\d{4}-\\d{2}")) {
            return false;
        }
        try {
            YearMonth.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
