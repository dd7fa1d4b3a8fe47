package commstat.ingest.submissions;

import java.util.List;

/** Every file's outcome (sorted by file name) and the effective submissions (sorted by community, dataset, period). */
public record Resolution(List<FileOutcome> outcomes, List<EffectiveSubmission> effective) {
    public Resolution {
        outcomes = List.copyOf(outcomes);
        effective = List.copyOf(effective);
    }
}
