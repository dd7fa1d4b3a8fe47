package commstat.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The nightly run's lock, {@code runs/nightly.lock}: an OS file lock ({@link FileChannel#tryLock()}), so it is
 * released when the process dies however it dies, and a stale file never blocks a run. While held, the file names
 * the holder (run id, host, pid, start), which a refused run quotes.
 */
public final class RunLock implements AutoCloseable {
    static final String FILE = "nightly.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link Held} naming who has it. */
    public static RunLock acquire(Path runsDir, String holder) throws Held {
        Path file = runsDir.resolve(FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM
            }
            if (lock == null) {
                ch.close();
                throw new Held(file, holderOf(file));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new RunLock(ch, lock);
        } catch (IOException e) {
            try {
                if (ch != null) {
                    ch.close();
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("cannot open the run lock " + file, e);
        }
    }

    private static String holderOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "unknown (it has not written its name yet)" : text;
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the run lock", e);
        }
    }

    /** Another run holds the lock. */
    public static final class Held extends Exception {
        private final String holder;

        Held(Path file, String holder) {
            super("another nightly run holds the lock " + file + ": " + holder
                    + "; this run does nothing. Wait for it to finish (a dead run's lock is released by the OS).");
            this.holder = holder;
        }

        public String holder() {
            return holder;
        }
    }
}
