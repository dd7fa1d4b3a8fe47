package commstat.server.marts;

import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a feature handler needs from the server for one request: the snapshot it reads (one for the whole
 * request), the scope of whoever asks, and a DuckDB connection.
 */
public interface RequestScope {
    Snapshot snapshot(Context ctx);

    Scope scope(Context ctx);

    Connection connect() throws SQLException;
}
