package commstat.server.marts;

import commstat.server.web.Principal;
import commstat.server.web.Req;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the feature handlers take from a gated request ({@link Req}): the snapshot it reads (one for the whole
 * request), the caller's scope, and a DuckDB connection of that snapshot.
 */
public final class Requests {
    private Requests() {
    }

    public static Snapshot snapshot(Context ctx) {
        var s = Req.snapshot(ctx);
        return new Snapshot(s.id(), s.dir());
    }

    public static Scope scope(Context ctx) {
        Principal p = Req.principal(ctx);
        return new Scope(p.role(), p.unit().isEmpty() ? null : p.unit());
    }

    /** A connection of the request's snapshot; the caller closes it. */
    public static Connection connect(Context ctx) throws SQLException {
        return Req.snapshot(ctx).connect();
    }
}
