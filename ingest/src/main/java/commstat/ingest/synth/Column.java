package commstat.ingest.synth;

import static java.util.Objects.requireNonNull;

/** A submission column: the English code and the Chinese label of contract.md, and what kind of value it holds. */
record Column(String code, String chinese, Kind kind, boolean optional) {
    enum Kind { TEXT, ID_NUMBER, INT, DATE, AMOUNT, CODE, NAME }

    Column {
        requireNonNull(code, "code is null");
        requireNonNull(chinese, "chinese is null");
        requireNonNull(kind, "kind is null");
    }
}
