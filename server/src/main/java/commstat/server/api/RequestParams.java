package commstat.server.api;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.submissions.FileOutcome.Outcome;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and checks request parameters; a bad value is a 400 whose message names the parameter and the value. */
public final class RequestParams {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10_000;
    private static final Pattern COMMUNITY_CODE = Pattern.compile("\\d{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final int MAX_ECHO = 40;

    private RequestParams() {
    }

    /** A 12-digit community code (6 + 3 + 3 digits). */
    public static String communityCode(String name, String value) {
        if (value == null || !COMMUNITY_CODE.matcher(value).matches()) {
            throw ApiException.badParameter(name + " " + echo(value) + " is not a 12-digit community code");
        }
        return value;
    }

    public static Optional<String> communityCode(Context ctx, String name) {
        return present(ctx, name).map(v -> communityCode(name, v));
    }

    /** A reason code of {@link RejectReason}. */
    public static Optional<String> rejectCode(Context ctx, String name) {
        return present(ctx, name).map(v -> {
            if (Arrays.stream(RejectReason.values()).noneMatch(r -> r.name().equals(v))) {
                throw ApiException.badParameter(name + " " + echo(v) + " is not a reason code; one of "
                        + Arrays.stream(RejectReason.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
            return v;
        });
    }

    public static Optional<Outcome> outcome(Context ctx, String name) {
        return present(ctx, name).map(v -> Outcome.fromLabel(v).orElseThrow(() -> ApiException.badParameter(
                name + " " + echo(v) + " is not an outcome; one of " + Arrays.stream(Outcome.values())
                        .map(Outcome::label).collect(Collectors.joining(", ")))));
    }

    public static int limit(Context ctx) {
        int limit = number(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badParameter("limit " + limit + " is not between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    public static int offset(Context ctx) {
        return number(ctx, "offset", 0);
    }

    private static int number(Context ctx, String name, int defaultValue) {
        return present(ctx, name).map(v -> {
            if (!NUMBER.matcher(v).matches()) {
                throw ApiException.badParameter(name + " " + echo(v) + " is not a whole number");
            }
            return Integer.parseInt(v);
        }).orElse(defaultValue);
    }

    /** The parameter, or empty when absent or blank. */
    private static Optional<String> present(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    /** The value quoted and cut short: messages carry the value, not a whole hostile string. */
    static String echo(String value) {
        if (value == null) {
            return "(none)";
        }
        String shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
        return "'" + shown + "'";
    }
}
