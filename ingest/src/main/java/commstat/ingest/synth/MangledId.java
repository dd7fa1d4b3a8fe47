package commstat.ingest.synth;

import static java.util.Objects.requireNonNull;

/**
 * An ID that went through Excel as a number: a numeric XLSX cell, a JSON number, or the {@code 2.20302E+17} text
 * Excel saves into a CSV. Holds the original ID; the writers render the damage.
 */
record MangledId(String id) {
    MangledId {
        requireNonNull(id, "id is null");
    }
}
