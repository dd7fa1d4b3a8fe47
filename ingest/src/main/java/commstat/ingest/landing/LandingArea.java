package commstat.ingest.landing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
            // each name taken once: a comparator deriving it anew took 5 s for 292,037 files (issue 9)
            return entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> Map.entry(p.getFileName().toString(), p))
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
    }
}
