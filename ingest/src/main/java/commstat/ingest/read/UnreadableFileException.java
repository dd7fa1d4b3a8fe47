package commstat.ingest.read;

/** The file cannot be decoded or parsed to the end: the whole file is {@code UNREADABLE_FILE}. */
public class UnreadableFileException extends Exception {
    private final String encoding;

    public UnreadableFileException(String message, String encoding) {
        super(message);
        this.encoding = encoding;
    }

    public UnreadableFileException(String message, String encoding, Throwable cause) {
        super(message, cause);
        this.encoding = encoding;
    }

    /** The encoding detected before the failure, or null when none was (binary, bad bytes). */
    public String encoding() { return encoding; }
}
