package commstat.ingest.contract;

import static java.util.Objects.requireNonNull;

/** One column of a staged (stored) dataset, after pseudonymisation and minimisation. */
public record StoredColumn(String name, ColumnType type, boolean nullable) {
    public StoredColumn {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}
