package commstat.ingest.landing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The landing area's layout: {@code reference/} and {@code inbox/}. */
public final class LandingArea {
    private LandingArea() {
    }

    public static Path referenceDir(Path landing) {
        return landing.resolve("reference");
    }

    public static Path inboxDir(Path landing) {
        return landing.resolve("inbox");
    }

    /**
     * The regular files of {@code inbox/}, sorted by name (the order duplicates are judged in). Directories,
     * symbolic links and other non-regular entries are skipped, as the contract asks.
     */
    public static List<Path> inboxFiles(Path landing) {
        Path inbox = inboxDir(landing);
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
    }
}
