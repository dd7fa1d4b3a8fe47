package commstat.ingest.synth;

import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/** One file to write for a community, dataset and month: when it arrives, how it looks, and which content it carries. */
record PlannedFile(LocalDateTime submittedAt, FileStyle style, Content content) {
    enum Content {
        /** The month as first submitted, planted row faults included. */
        FIRST,
        /** A corrected resubmission: the clean rows. */
        CORRECTED,
        /** A twin under the same submitted_at with one value changed: a conflict. */
        CONFLICTING_TWIN,
        /** The first submission again under the same submitted_at in another format: a duplicate. */
        DUPLICATE_TWIN,
        /** An XLSX cut short in transfer. */
        TRUNCATED_XLSX,
        /** Bytes that are no text at all, under a .csv name. */
        BINARY_JUNK,
        /** A 0-byte file. */
        EMPTY
    }

    PlannedFile {
        requireNonNull(submittedAt, "submittedAt is null");
        requireNonNull(style, "style is null");
        requireNonNull(content, "content is null");
    }
}
