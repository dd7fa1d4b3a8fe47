package commstat.server.data;

import static java.util.Objects.requireNonNull;

/** Rejected data rows with one reason code. */
public record CodeCount(String code, long rows) {
    public CodeCount {
        requireNonNull(code, "code is null");
    }
}
