package commstat.server.snapshot;

import commstat.server.data.Warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * One published snapshot as the server reads it: its id, its folder, its DuckDB views (one in-memory database
 * per snapshot) and the answers already built from it. Immutable for the requests that hold it: a request
 * acquires the current snapshot once and keeps it to the end, even when a newer one is published meanwhile. The
 * DuckDB database closes when the snapshot is retired and its last request has released it.
 */
public final class Snapshot {
    private final String id;
    private final Path dir;
    private final Instant publishedAt;
    private final Warehouse warehouse;
    private final AnswerCache cache;
    /** The source's own reference plus one per request holding it; at 0 the database is closed. */
    private final AtomicInteger refs = new AtomicInteger(1);

    Snapshot(String id, Path dir, Instant publishedAt, long cacheBytes) {
        this.id = requireNonNull(id, "id is null");
        this.dir = requireNonNull(dir, "dir is null");
        this.publishedAt = requireNonNull(publishedAt, "publishedAt is null");
        this.warehouse = Warehouse.open(dir);
        this.cache = new AnswerCache(cacheBytes);
    }

    /** The snapshot folder's name ({@code <root>/current} names it), or {@code warehouse-<version>} for a bare root. */
    public String id() {
        return id;
    }

    public Path dir() {
        return dir;
    }

    /** When the snapshot folder was last changed: its publication, as far as the server can tell. */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** The DuckDB views over this snapshot's tables. */
    public Warehouse warehouse() {
        return warehouse;
    }

    /** A connection with the views in place, for one request; the caller closes it. */
    public Connection connect() throws SQLException {
        return warehouse.connect();
    }

    /** Answers built from this snapshot, dropped with it. */
    public AnswerCache cache() {
        return cache;
    }

    boolean tryAcquire() {
        while (true) {
            int n = refs.get();
            if (n <= 0) {
                return false;
            }
            if (refs.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Gives back one reference: a request's, or the source's when the snapshot is replaced. */
    public void release() {
        if (refs.decrementAndGet() == 0) {
            warehouse.close();
        }
    }

    @Override
    public String toString() {
        return "snapshot " + id;
    }
}
