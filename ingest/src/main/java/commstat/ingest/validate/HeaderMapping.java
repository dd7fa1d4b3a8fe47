package commstat.ingest.validate;

import commstat.ingest.read.UnicodeText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Which header column holds which field. Headers are NFKC-normalised and trimmed; English codes match
 * case-insensitively, Chinese labels exactly. Name columns are dropped silently, other unknown columns give a
 * warning; two columns for one field is {@code DUPLICATE_COLUMN}, a required field without a column
 * {@code MISSING_COLUMN}.
 *
 * @param columnOfField   per field (in spec order) the header index, or -1 when absent
 * @param warnings        {@code unknown column 'X' ignored}, once per name
 * @param missing         required fields without a column, in spec order
 * @param duplicateColumn the header of the first column that maps to an already mapped field, or null
 */
public record HeaderMapping(int[] columnOfField, List<String> warnings, List<String> missing,
                            String duplicateColumn) {
    private static final Set<String> NAME_COLUMNS = Set.of("name", "姓名");

    public HeaderMapping {
        requireNonNull(columnOfField, "columnOfField is null");
        warnings = List.copyOf(warnings);
        missing = List.copyOf(missing);
    }

    public static HeaderMapping map(List<String> header, List<FieldSpec> fields) {
        int[] columnOf = new int[fields.size()];
        Arrays.fill(columnOf, -1);
        Set<String> warnings = new LinkedHashSet<>();
        String duplicate = null;
        for (int col = 0; col < header.size(); col++) {
            String name = UnicodeText.nfkcTrim(header.get(col));
            if (name == null || name.isEmpty()) {
                continue; // an unnamed column (a trailing comma) carries nothing to warn about
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (NAME_COLUMNS.contains(lower)) {
                continue;
            }
            int field = fieldOf(name, lower, fields);
            if (field < 0) {
                warnings.add("unknown column '" + name + "' ignored");
            } else if (columnOf[field] >= 0) {
                if (duplicate == null) {
                    duplicate = name;
                }
            } else {
                columnOf[field] = col;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (columnOf[f] < 0 && !fields.get(f).optional()) {
                missing.add(fields.get(f).code());
            }
        }
        return new HeaderMapping(columnOf, new ArrayList<>(warnings), missing, duplicate);
    }

    private static int fieldOf(String name, String lower, List<FieldSpec> fields) {
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec spec = fields.get(f);
            if (spec.code().equals(lower) || spec.label().equals(name)) {
                return f;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeaderMapping m && Arrays.equals(m.columnOfField, columnOfField)
                && m.warnings.equals(warnings) && m.missing.equals(missing)
                && java.util.Objects.equals(m.duplicateColumn, duplicateColumn);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(columnOfField) * 31 + warnings.hashCode();
    }

    @Override
    public String toString() {
        return "HeaderMapping[columns=" + Arrays.toString(columnOfField) + ", warnings=" + warnings + ", missing="
                + missing + ", duplicate=" + duplicateColumn + "]";
    }
}
