package commstat.server.data;

import static java.util.Objects.requireNonNull;

/** Files with one outcome and reason (null reason: ingested files), and the data rows they held. */
public record OutcomeReasonCount(String outcome, String reason, long files, long rowsRead) {
    public OutcomeReasonCount {
        requireNonNull(outcome, "outcome is null");
    }
}
