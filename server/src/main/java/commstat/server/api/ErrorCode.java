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
    /** No credentials, or an unknown API token (API routes; pages redirect to the login form). */
    UNAUTHENTICATED(401),
    /** The role may not use this function. */
    FORBIDDEN(403),
    /** A state-changing request without the right CSRF token. */
    CSRF_TOKEN_MISSING(403),
    /** The same upload name already exists (same community, dataset, period and second). */
    CONFLICT(409),
    /** An upload over the size limit. */
    PAYLOAD_TOO_LARGE(413),
    /** An upload of a type the contract does not allow. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** An upload the contract rejects whole: nothing was stored. */
    SUBMISSION_REJECTED(422),
    /** Too many failed logins. */
    TOO_MANY_REQUESTS(429),
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
