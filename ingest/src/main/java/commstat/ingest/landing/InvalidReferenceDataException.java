package commstat.ingest.landing;

/** Reference data the run cannot go on with (a community listed twice, a required file or column missing). */
public class InvalidReferenceDataException extends RuntimeException {
    public InvalidReferenceDataException(String message) {
        super(message);
    }

    public InvalidReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
