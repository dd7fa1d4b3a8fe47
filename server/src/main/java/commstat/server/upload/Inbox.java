package commstat.server.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static java.util.Objects.requireNonNull;

/**
 * The landing area's {@code inbox/} as uploads write it. A file appears there whole and never replaces another:
 * it is written to {@code <landing>/.upload-staging/} (the same file system, outside the inbox the nightly run
 * lists), then hard-linked under its final name, which fails if the name exists, and the staging copy is removed.
 */
public final class Inbox {
    private final Path inbox;
    private final Path staging;

    public Inbox(Path landing) {
        requireNonNull(landing, "landing is null");
        this.inbox = landing.resolve("inbox");
        this.staging = landing.resolve(".upload-staging");
    }

    /** Thrown when a file of that name is already in the inbox. */
    public static final class AlreadyThere extends Exception {
        AlreadyThere(String name) {
            super(name);
        }
    }

    /** Stores {@code content} as {@code inbox/<fileName>}; {@code fileName} is made by the server, never the client's. */
    public Path store(String fileName, byte[] content) throws AlreadyThere {
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        Path target = inbox.resolve(fileName);
        try {
            Files.createDirectories(inbox);
            Files.createDirectories(staging);
            Path tmp = Files.createTempFile(staging, "upload-", ".part");
            try {
                Files.write(tmp, content, StandardOpenOption.TRUNCATE_EXISTING);
                try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                try {
                    Files.createLink(target, tmp); // atomic: fails if the name exists
                } catch (FileAlreadyExistsException e) {
                    throw new AlreadyThere(fileName);
                } catch (UnsupportedOperationException e) {
                    // No hard links here: create the name exclusively, then fill it (the rare partial read is
                    // a rejected file the committee resubmits).
                    Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new AlreadyThere(fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + fileName + " in the inbox", e);
        }
        return target;
    }
}
