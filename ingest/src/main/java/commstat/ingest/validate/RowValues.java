package commstat.ingest.validate;

import java.util.List;

/**
 * The parsed values of one row, by field (spec order): null where the cell was empty and optional, or where
 * its single-column check failed ({@link #failed(int)}), or where the column is absent.
 */
final class RowValues {
    private final List<FieldSpec> fields;
    final Object[] values;
    final boolean[] failed;
    /** The normalised text of each cell (null when empty or absent): what the digest takes of a failed cell. */
    final String[] texts;

    RowValues(List<FieldSpec> fields) {
        this.fields = fields;
        this.values = new Object[fields.size()];
        this.failed = new boolean[fields.size()];
        this.texts = new String[fields.size()];
    }

    Object value(String code) {
        return values[indexOf(code)];
    }

    Integer integer(String code) {
        return (Integer) value(code);
    }

    FieldKind fieldKind(int field) {
        return fields.get(field).kind();
    }

    boolean failed(int field) {
        return failed[field];
    }

    int indexOf(String code) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + code);
    }
}
