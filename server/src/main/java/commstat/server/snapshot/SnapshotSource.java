package commstat.server.snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Follows the warehouse root's pointer ({@code <root>/current} names a folder of {@code <root>/snapshots/}; without
 * it the root itself is the snapshot) and hands out the current {@link Snapshot}. The pointer is looked at again
 * at most once per {@code checkEvery} (a small file read, or for a bare root one directory listing); when it names
 * another snapshot, a new one replaces the old atomically and the old closes once its last request is done.
 */
public final class SnapshotSource implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSource.class);
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final Path root;
    private final long checkEveryNanos;
    private final long cacheBytes;
    private volatile Snapshot current;
    private volatile long checkedAt;
    private boolean closed;

    public SnapshotSource(Path root, Duration checkEvery, long cacheBytes) {
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
        this.checkEveryNanos = checkEvery.toNanos();
        this.cacheBytes = cacheBytes;
    }

    public Path root() {
        return root;
    }

    /**
     * The current snapshot, acquired for one request: the caller must {@link Snapshot#release()} it when the
     * request is done.
     */
    public Snapshot acquire() {
        while (true) {
            Snapshot s = refreshIfDue();
            if (s.tryAcquire()) {
                return s;
            }
            // Replaced and closed between reading and acquiring: take the new one.
        }
    }

    /** The current snapshot without acquiring it (health, metrics): its id and age only. */
    public Snapshot peek() {
        return refreshIfDue();
    }

    private Snapshot refreshIfDue() {
        Snapshot s = current;
        long now = System.nanoTime();
        if (s != null && now - checkedAt < checkEveryNanos) {
            return s;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the snapshot source is closed");
            }
            s = current;
            if (s != null && System.nanoTime() - checkedAt < checkEveryNanos) {
                return s;
            }
            Pointer p = readPointer();
            if (s == null || !s.id().equals(p.id())) {
                Snapshot fresh = new Snapshot(p.id(), p.dir(), p.changedAt(), cacheBytes);
                current = fresh;
                if (s != null) {
                    LOG.info("snapshot {} replaces {}", fresh.id(), s.id());
                    s.release();
                }
                s = fresh;
            }
            checkedAt = System.nanoTime();
            return s;
        }
    }

    private record Pointer(String id, Path dir, Instant changedAt) {
    }

    private Pointer readPointer() {
        Path pointer = root.resolve("current");
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!SNAPSHOT_NAME.matcher(name).matches()) {
                throw new IllegalStateException(pointer + " names '" + name + "', not a snapshot folder name");
            }
            Path dir = root.resolve("snapshots").resolve(name);
            return new Pointer(name, dir, lastModified(dir));
        } catch (NoSuchFileException e) {
            return new Pointer("warehouse-" + rootVersion(), root, lastModified(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /**
     * A bare root (no {@code current}) changes in place as single-stage commands rewrite its tables by folder
     * moves: its version is a hash of its entries' names and change times, so the cache follows those rewrites.
     */
    private String rootVersion() {
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> list = Files.newDirectoryStream(root)) {
                for (Path p : list) {
                    entries.add(p.getFileName() + "@" + Files.getLastModifiedTime(p).toMillis());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        entries.sort(null);
        return Integer.toHexString(String.join("/", entries).hashCode());
    }

    private static Instant lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.release();
            current = null;
        }
    }
}
