package commstat.ingest.landing;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/** A reference-file row left out (or overridden), with why: a row of {@code reference_problems}. */
public record ReferenceProblem(String file, Integer line, String problem) implements Serializable {
    public ReferenceProblem {
        requireNonNull(file, "file is null");
        requireNonNull(problem, "problem is null");
    }
}
