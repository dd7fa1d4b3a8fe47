package commstat.reports.disclosure;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A disclosure as published: its content plus the version, the publication date (the run's date, never the
 * wall clock) and, from version 2 on, the note of what changed since the version before.
 */
public record PublishedDisclosure(Disclosure content, int version, LocalDate publicationDate, String changeNote) {
    public PublishedDisclosure {
        requireNonNull(content, "content is null");
        requireNonNull(publicationDate, "publicationDate is null");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, got " + version);
        }
        changeNote = changeNote == null ? "" : changeNote;
    }

    /** {@code disclosure-371902001001-2025-Q1-v1}: the base name of every file of this version. */
    public String baseName() {
        return "disclosure-" + content.unit().communityCode() + "-" + content.quarterLabel() + "-v" + version;
    }
}
