package commstat.jobs.nightly;

import commstat.jobs.ingest.ProgressLog;
import commstat.jobs.publish.Published;
import commstat.jobs.publish.SnapshotStore;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the stages of one nightly run share. */
public final class NightlyContext {
    private final SparkSession spark;
    private final NightlyOptions options;
    private final SnapshotStore store;
    private final Path building;
    private final Path previous;
    private final ProgressLog log;
    private final StageMemo memo;
    private Published published;
    private final List<String> removedSnapshots = new ArrayList<>();

    NightlyContext(SparkSession spark, NightlyOptions options, SnapshotStore store, Path building, Path previous,
                   ProgressLog log, StageMemo memo) {
        this.spark = spark;
        this.options = options;
        this.store = store;
        this.building = building;
        this.previous = previous;
        this.log = log;
        this.memo = memo;
    }

    /** The record of the mart stages: what the previous snapshot's stages read and wrote. */
    StageMemo memo() {
        return memo;
    }

    /** Whether the previous snapshot was written by this very build (its tables are then the bytes it writes). */
    public boolean previousBySameBuild() {
        return previous != null && memo.previousBySameBuild();
    }

    public SparkSession spark() {
        return spark;
    }

    public NightlyOptions options() {
        return options;
    }

    public SnapshotStore store() {
        return store;
    }

    /** The snapshot folder being built: every stage writes its tables, files and reports here. */
    public Path building() {
        return building;
    }

    /** The published snapshot whose per-file results the ingest may reuse; null on a full run or the first run. */
    public Path previous() {
        return previous;
    }

    /** The permanent disclosure store ({@code <root>/publication/}): appended to, never cleaned up. */
    public Path publication() {
        return store.publication();
    }

    public ProgressLog log() {
        return log;
    }

    public Published published() {
        return published;
    }

    void published(Published p, List<String> removed) {
        this.published = p;
        removedSnapshots.addAll(removed);
    }

    public List<String> removedSnapshots() {
        return List.copyOf(removedSnapshots);
    }
}
