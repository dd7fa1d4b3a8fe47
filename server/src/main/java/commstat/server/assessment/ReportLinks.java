package commstat.server.assessment;

import commstat.server.marts.Snapshot;

/** Links from pages to the snapshot's PDF reports ({@code <snapshot>/reports/}), when the snapshot has them. */
public final class ReportLinks {
    private ReportLinks() {
    }

    /** The PDF of a ranking (the district report, or the city summary), or null when the snapshot has none. */
    public static String rankingPdf(Snapshot snapshot, Rankings r) {
        return null;
    }
}
