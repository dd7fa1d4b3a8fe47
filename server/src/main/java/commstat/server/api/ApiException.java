package commstat.server.api;

import static java.util.Objects.requireNonNull;

/** An answer with an error code and a message safe to show: thrown by handlers, answered by {@link ApiErrors}. */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(requireNonNull(message, "message is null"));
        this.code = requireNonNull(code, "code is null");
    }

    public ErrorCode code() {
        return code;
    }

    public static ApiException badParameter(String message) {
        return new ApiException(ErrorCode.BAD_PARAMETER, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }
}
