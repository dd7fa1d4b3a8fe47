package commstat.server.data;

import java.util.Locale;
import java.util.Optional;

/** The outcomes of {@code ingest_files.outcome}, in the order the report lists them. */
public enum FileOutcome {
    INGESTED, REJECTED, DUPLICATE_IGNORED, CONFLICT;

    /** The value stored in the table: {@code ingested}, {@code duplicate_ignored}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FileOutcome> fromCode(String code) {
        for (FileOutcome o : values()) {
            if (o.code().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
