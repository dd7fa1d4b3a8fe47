package commstat.server.data;

import java.util.List;

/** A slice of a longer list: {@code total} rows match, {@code rows} are those from {@code offset}, at most {@code limit}. */
public record Page<T>(long total, int offset, int limit, List<T> rows) {
    public Page {
        rows = List.copyOf(rows);
    }

    /** More rows match than this slice holds. */
    public boolean hasMore() {
        return offset + rows.size() < total;
    }
}
