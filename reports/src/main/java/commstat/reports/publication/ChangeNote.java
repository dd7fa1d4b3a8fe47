package commstat.reports.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a disclosure's content, for the note of version k+1: each changed,
 * added or removed value by its path ({@code accounts.TOTAL.closing: 1800.01 → 1900.01}), at most
 * {@value #MAX_LINES} lines and a count of the rest. Lists are compared by their size and position.
 */
final class ChangeNote {
    static final int MAX_LINES = 12;

    private ChangeNote() {
    }

    static String between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        flatten("", before, a);
        flatten("", after, b);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : a.entrySet()) {
            String now = b.get(e.getKey());
            if (now == null && !b.containsKey(e.getKey())) {
                lines.add(e.getKey() + " removed (was " + e.getValue() + ")");
            } else if (!java.util.Objects.equals(now, e.getValue())) {
                lines.add(e.getKey() + ": " + e.getValue() + " → " + now);
            }
        }
        for (Map.Entry<String, String> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                lines.add(e.getKey() + " added: " + e.getValue());
            }
        }
        if (lines.isEmpty()) {
            return "no change";
        }
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_LINES, lines.size()); i++) {
            note.append(i == 0 ? "" : "; ").append(lines.get(i));
        }
        if (lines.size() > MAX_LINES) {
            note.append("; and ").append(lines.size() - MAX_LINES).append(" more changes");
        }
        return note.toString();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (value instanceof List<?> l) {
            out.put(prefix + ".count", Integer.toString(l.size()));
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + "[" + (i + 1) + "]", l.get(i), out);
            }
        } else {
            out.put(prefix, String.valueOf(value));
        }
    }
}
