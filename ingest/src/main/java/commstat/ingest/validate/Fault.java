package commstat.ingest.validate;

import commstat.ingest.contract.RejectReason;

import static java.util.Objects.requireNonNull;

/** One failed check of a row: the column (null when none applies), its code, and the human message. */
record Fault(String column, RejectReason code, String message) {
    /** How a fault without a column is written in {@code faults}; the conformance oracle writes it so. */
    static final String NO_COLUMN = "None";

    Fault {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }

    /** {@code column:CODE}, as listed in a reject's {@code faults}. */
    String label() {
        return (column == null ? NO_COLUMN : column) + ":" + code.name();
    }
}
