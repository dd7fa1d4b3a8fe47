package commstat.reports.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder readers take the marts from (BRIEF, warehouse root layout). */
public final class SnapshotFolder {
    private SnapshotFolder() {
    }

    /** {@code <root>/snapshots/<name in root/current>}, or {@code root} itself when there is no {@code current}. */
    public static Path of(Path root) {
        Path current = root.resolve("current");
        if (!Files.isRegularFile(current)) {
            return root;
        }
        try {
            String name = Files.readString(current, StandardCharsets.UTF_8).trim();
            Path snapshot = root.resolve("snapshots").resolve(name);
            if (name.isEmpty() || name.contains("/") || !Files.isDirectory(snapshot)) {
                throw new IllegalStateException(current + " names '" + name + "', which is not a folder under "
                        + root.resolve("snapshots"));
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + current, e);
        }
    }

    /** The permanent publication store of a warehouse root. */
    public static Path publication(Path root) {
        return root.resolve("publication");
    }
}
