package commstat.server.marts;

import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One in-memory DuckDB for the feature readers; a cheap duplicate of it per request (stack-notes §2). */
public final class Duck implements AutoCloseable {
    private final DuckDBConnection root;

    public Duck() {
        try {
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open DuckDB in memory: " + e.getMessage(), e);
        }
    }

    /** A connection for one request; the caller closes it. */
    public Connection connect() throws SQLException {
        return root.duplicate();
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
