package commstat.ingest.pseudo;

/**
 * How an ID number may appear in a message: its first 6 and last 2 characters, the rest as {@code *}
 * ({@code 371902**********82}). Short values are starred whole, so nothing of them is repeated.
 */
public final class IdMasking {
    private IdMasking() {
    }

    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        int n = id.codePointCount(0, id.length());
        if (n <= 8) {
            return "*".repeat(n);
        }
        int start = id.offsetByCodePoints(0, 6);
        int end = id.offsetByCodePoints(0, n - 2);
        return id.substring(0, start) + "*".repeat(n - 8) + id.substring(end);
    }
}
