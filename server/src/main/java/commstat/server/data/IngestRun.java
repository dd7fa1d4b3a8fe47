package commstat.server.data;

/**
 * When the last ingest run started and finished (local date-times as written by the run), from
 * {@code ingest_run.json}; either may be null when the file does not say.
 */
public record IngestRun(String startedAt, String finishedAt) {
}
