package commstat.server.upload;

import commstat.ingest.landing.ReferenceData;
import commstat.ingest.landing.ReferenceLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The landing area's reference data, loaded once and again whenever a file of {@code reference/} changes. */
final class References {
    private final Path dir;
    private long loadedVersion = Long.MIN_VALUE;
    private ReferenceData data;

    References(Path landing) {
        this.dir = landing.resolve("reference");
    }

    synchronized ReferenceData current() {
        long version = version();
        if (data == null || version != loadedVersion) {
            data = ReferenceLoader.load(dir);
            loadedVersion = version;
        }
        return data;
    }

    private long version() {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() * 31 + p.getFileName().toString().hashCode();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
