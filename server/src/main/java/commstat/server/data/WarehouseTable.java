package commstat.server.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The warehouse tables the server reads, each with the columns it uses and their DuckDB types (from
 * {@code docs/DATA.md}). Views select only these columns, so columns a later run adds are ignored, as the
 * contract asks of readers; the types also give an empty table (a folder without part files) its shape.
 */
public enum WarehouseTable {
    INGEST_FILES("ingest_files", List.of(
            "file_name VARCHAR", "community_code VARCHAR", "dataset VARCHAR", "period VARCHAR",
            "submitted_at TIMESTAMP", "outcome VARCHAR", "reason VARCHAR", "message VARCHAR", "encoding VARCHAR",
            "rows_read INTEGER", "rows_accepted INTEGER", "rows_rejected INTEGER",
            "is_effective BOOLEAN", "is_superseded BOOLEAN", "warnings VARCHAR[]")),
    INGEST_REJECTS("ingest_rejects", List.of(
            "file_name VARCHAR", "community_code VARCHAR", "dataset VARCHAR", "period VARCHAR",
            "line INTEGER", "column_name VARCHAR", "code VARCHAR", "faults VARCHAR[]", "message VARCHAR")),
    REF_COMMUNITIES("ref_communities", List.of(
            "community_code VARCHAR", "community_name VARCHAR", "street_code VARCHAR", "street_name VARCHAR",
            "district_code VARCHAR", "district_name VARCHAR"));

    private final String tableName;
    private final List<String> columns;

    WarehouseTable(String tableName, List<String> columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    /** The folder name in the warehouse, also the view's name. */
    public String tableName() {
        return tableName;
    }

    /** The view over the folder's part files. {@code globLiteral} is an already quoted SQL string. */
    String viewOverFiles(String globLiteral) {
        String select = columns.stream()
                .map(c -> "CAST(" + name(c) + " AS " + type(c) + ") AS " + name(c))
                .collect(Collectors.joining(", "));
        return "CREATE OR REPLACE VIEW " + tableName + " AS SELECT " + select
                + " FROM read_parquet(" + globLiteral + ")";
    }

    /** The view of a folder that holds no part file yet: no rows, the same columns. */
    String emptyView() {
        String select = columns.stream()
                .map(c -> "CAST(NULL AS " + type(c) + ") AS " + name(c))
                .collect(Collectors.joining(", "));
        return "CREATE OR REPLACE VIEW " + tableName + " AS SELECT " + select + " WHERE false";
    }

    private static String name(String column) {
        return column.substring(0, column.indexOf(' '));
    }

    private static String type(String column) {
        return column.substring(column.indexOf(' ') + 1);
    }
}
