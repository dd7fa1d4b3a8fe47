package commstat.jobs.ingest;

import java.util.ArrayList;
import java.util.List;

/** Wall time per stage, in the order the stages ran, for the run summary. */
final class StageTimer {
    private final List<IngestRunSummary.StageTime> laps = new ArrayList<>();
    private long last = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        laps.add(new IngestRunSummary.StageTime(stage, (now - last) / 1_000_000));
        last = now;
    }

    List<IngestRunSummary.StageTime> laps() {
        return List.copyOf(laps);
    }
}
