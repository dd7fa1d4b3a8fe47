package commstat.ingest.landing;

/** An inbox file name that does not parse ({@code BAD_FILE_NAME}); the message says what is wrong. */
public class BadFileNameException extends Exception {
    public BadFileNameException(String message) {
        super(message);
    }
}
