package commstat.ingest.read;

import java.text.Normalizer;

/**
 * Trimming and normalisation as the contract defines them: white space is Unicode White_Space (so U+3000 and
 * U+00A0 count, unlike {@link String#trim()}), and NFKC folds full-width digits, letters and punctuation.
 */
public final class UnicodeText {
    private UnicodeText() {
    }

    /** True for the characters of the Unicode White_Space property. */
    public static boolean isWhiteSpace(char c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D);
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** The string without leading and trailing White_Space; null stays null. */
    public static String trim(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isWhiteSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhiteSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** True when null, empty or White_Space only. */
    public static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isWhiteSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** NFKC, then trimmed. ASCII is already NFKC, so it skips the normaliser (most cells are ASCII). */
    public static String nfkcTrim(String s) {
        if (s == null) {
            return null;
        }
        String t = trim(s);
        if (isAscii(t)) {
            return t;
        }
        return trim(Normalizer.normalize(t, Normalizer.Form.NFKC));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
