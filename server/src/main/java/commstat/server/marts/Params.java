package commstat.server.marts;

import commstat.server.api.ApiException;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/** Path and query parameters of the feature routes: a malformed value is a 400 naming it (404 on pages). */
public final class Params {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DISTRICT = Pattern.compile("\\d{6}");
    private static final Pattern STREET = Pattern.compile("\\d{9}");
    private static final Pattern COMMUNITY = Pattern.compile("\\d{12}");
    private static final int MAX_ECHO = 40;

    private Params() {
    }

    public static Integer year(String name, String value) {
        return value == null || value.isBlank() ? null : parsed(name, value, YEAR, "a year", true);
    }

    public static String district(String name, String value) {
        return value == null || value.isBlank() ? null : parsed(name, value, DISTRICT, "a 6-digit district code", false);
    }

    public static String street(String name, String value) {
        return value == null || value.isBlank() ? null : parsed(name, value, STREET, "a 9-digit street code", false);
    }

    public static String community(String name, String value) {
        return value == null || value.isBlank() ? null
                : parsed(name, value, COMMUNITY, "a 12-digit community code", false);
    }

    /** The query parameter, null when absent or blank. */
    public static String query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v;
    }

    @SuppressWarnings("unchecked")
    private static <T> T parsed(String name, String value, Pattern p, String what, boolean number) {
        if (!p.matcher(value).matches()) {
            String shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
            throw ApiException.badParameter(name + " '" + shown + "' is not " + what);
        }
        return (T) (number ? (Object) Integer.valueOf(value) : value);
    }
}
