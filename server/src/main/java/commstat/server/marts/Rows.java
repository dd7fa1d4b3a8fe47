package commstat.server.marts;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Nullable column reads: JDBC's {@code getInt} turns a null into 0, which a ranking must never show. */
public final class Rows {
    private Rows() {
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Boolean boolOrNull(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }
}
