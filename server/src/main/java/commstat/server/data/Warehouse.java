package commstat.server.data;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The warehouse as DuckDB sees it: one in-memory root connection holding a view per table, and a duplicate of
 * it per request (cheap, and it shares the views). Nothing is read at startup: the server may start before the
 * first ingest run, and views are (re)made when a table's folder appears or gets its first part file.
 */
public final class Warehouse implements AutoCloseable {
    /** DuckDB's memory limit per snapshot database. */
    static final String MEMORY_LIMIT = "256MB";
    static final String NOT_READY = "no ingest has run yet: run ./commstat ingest";

    private final Path dir;
    private final DuckDBConnection root;
    /** What each view was last made for (part files or none); null until the views exist. */
    private volatile Map<WarehouseTable, Boolean> viewsHaveFiles;

    private Warehouse(Path dir, DuckDBConnection root) {
        this.dir = dir;
        this.root = root;
    }

    public static Warehouse open(Path dir) {
        requireNonNull(dir, "dir is null");
        try {
            Connection root = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = root.createStatement()) {
                // DuckDB's memory is outside the JVM heap: bounded so the server (-Xmx512m) stays predictable,
                // even while an old and a new snapshot are open together.
                st.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            }
            return new Warehouse(dir.toAbsolutePath().normalize(), (DuckDBConnection) root);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open DuckDB in memory: " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * A connection for one request, with the views in place; the caller closes it.
     *
     * @throws WarehouseNotReadyException when a table folder is missing
     */
    public Connection connect() throws SQLException {
        Map<WarehouseTable, Boolean> hasFiles = new EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.values()) {
            Path folder = dir.resolve(table.tableName());
            if (!Files.isDirectory(folder)) {
                // The answer names the table, not the server's path.
                throw new WarehouseNotReadyException(NOT_READY + " (the warehouse has no " + table.tableName() + " table)");
            }
            hasFiles.put(table, hasPartFiles(folder));
        }
        if (!hasFiles.equals(viewsHaveFiles)) {
            // Rare (first request, first ingest): later requests only duplicate, without the lock.
            synchronized (this) {
                if (!hasFiles.equals(viewsHaveFiles)) {
                    makeViews(hasFiles);
                    viewsHaveFiles = hasFiles;
                }
            }
        }
        return root.duplicate();
    }

    private void makeViews(Map<WarehouseTable, Boolean> hasFiles) throws SQLException {
        try (Statement st = root.createStatement()) {
            for (Map.Entry<WarehouseTable, Boolean> e : hasFiles.entrySet()) {
                WarehouseTable table = e.getKey();
                String glob = dir.resolve(table.tableName()).resolve("*.parquet").toString();
                st.execute(e.getValue() ? table.viewOverFiles(sqlString(glob)) : table.emptyView());
            }
        }
    }

    private static boolean hasPartFiles(Path folder) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.parquet")) {
            return parts.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** A SQL string literal. Only for the configured warehouse path: request values are always bound parameters. */
    private static String sqlString(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public synchronized void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB: " + e.getMessage(), e);
        }
    }
}
