package commstat.server.data;

/** The warehouse has no ingest output to read yet (a table folder is missing): answered with 503. */
public final class WarehouseNotReadyException extends RuntimeException {
    public WarehouseNotReadyException(String message) {
        super(message);
    }

    public WarehouseNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
