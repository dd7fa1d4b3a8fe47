package commstat.ingest.validate;

import commstat.ingest.contract.RejectReason;

import static java.util.Objects.requireNonNull;

/**
 * A failed single-column check: the code and a message that names the column and, except for ID numbers, the
 * value. Thrown without a stack trace: it is control flow, raised for every bad cell.
 */
final class FieldFault extends Exception {
    private final RejectReason code;

    FieldFault(RejectReason code, String message) {
        super(message, null, false, false);
        this.code = requireNonNull(code, "code is null");
    }

    RejectReason code() {
        return code;
    }
}
