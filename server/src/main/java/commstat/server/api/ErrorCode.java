package commstat.server.api;

/** The codes of error answers ({@code {"code": ..., "message": ...}}), each with its HTTP status. */
public enum ErrorCode {
    /** A query or path parameter is malformed or not one of the allowed values. */
    BAD_PARAMETER(400),
    /** No such route, or no such community. */
    NOT_FOUND(404),
    /** The route exists, not for this method. */
    METHOD_NOT_ALLOWED(405),
    /** Any other client error Jetty or Javalin answers (too large, bad request line, ...). */
    BAD_REQUEST(400),
    /** Something failed inside the server; the log has the details, the answer never does. */
    INTERNAL_ERROR(500),
    /** The warehouse has no ingest output yet. */
    NO_INGEST_YET(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
