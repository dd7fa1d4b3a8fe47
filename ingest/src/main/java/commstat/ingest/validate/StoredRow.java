package commstat.ingest.validate;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One accepted data row as it is stored: {@code values} line up with
 * {@code Dataset.storedColumns()} of the file's dataset. No ID number and no name is in it.
 */
public record StoredRow(int line, Object[] values) implements Serializable {
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredRow r && r.line == line && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * line + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "StoredRow[line=" + line + ", values=" + Arrays.toString(values) + "]";
    }
}
