package commstat.ingest.submissions;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.landing.SubmissionName;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What became of one inbox file once every file was judged together: a row of {@code ingest_files}.
 * {@code reason} and {@code message} are set for a file not ingested (a duplicate has a message, no reason);
 * {@code effective} and {@code superseded} only for an ingested file. {@code name} is null for {@code BAD_FILE_NAME}.
 */
public record FileOutcome(String fileName, Outcome outcome, RejectReason reason, String message, int rowsRead,
                          int rowsAccepted, int rowsRejected, Map<String, Integer> rejectedByCode, boolean effective,
                          boolean superseded, List<String> warnings, String encoding, SubmissionName name)
        implements Serializable {
    public enum Outcome {
        INGESTED, REJECTED, DUPLICATE_IGNORED, CONFLICT;

        /** As stored: {@code ingested}, {@code rejected}, {@code duplicate_ignored}, {@code conflict}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean isIngested() {
            return this == INGESTED;
        }

        /** The outcome stored as {@code label}, if there is one. */
        public static java.util.Optional<Outcome> fromLabel(String label) {
            for (Outcome o : values()) {
                if (o.label().equals(label)) {
                    return java.util.Optional.of(o);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public FileOutcome {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(outcome, "outcome is null");
        rejectedByCode = Map.copyOf(rejectedByCode);
        warnings = List.copyOf(warnings);
        if (rowsRead != rowsAccepted + rowsRejected) {
            throw new IllegalArgumentException(fileName + ": rows read " + rowsRead + " != accepted " + rowsAccepted
                    + " + rejected " + rowsRejected);
        }
    }
}
