package commstat.server.pages;

import java.util.Locale;

/** Formatting used by the templates. */
public final class Fmt {
    private Fmt() {
    }

    /** A count with thousands separators: {@code 12,345}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The text, or a dash for a missing value. */
    public static String orDash(String s) {
        return s == null || s.isEmpty() ? "–" : s;
    }
}
