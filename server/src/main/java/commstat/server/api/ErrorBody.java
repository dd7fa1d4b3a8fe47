package commstat.server.api;

import static java.util.Objects.requireNonNull;

/** The one shape of every error answer, as JSON and on the HTML error page. */
public record ErrorBody(String code, String message) {
    public ErrorBody {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }
}
