package commstat.jobs.publish;

import java.nio.file.Path;

/**
 * A snapshot made current.
 *
 * @param id       its folder name under {@code snapshots/}: the run date and the start of its content hash
 * @param path     the folder
 * @param previous the snapshot current before, or null
 * @param existed  true when a snapshot of the same id (the same date and content) was already there and is reused
 */
public record Published(String id, Path path, String previous, boolean existed) {
}
