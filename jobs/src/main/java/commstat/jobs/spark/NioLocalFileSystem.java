package commstat.jobs.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system with permissions set through {@code java.nio} instead of a {@code chmod} process.
 * Without Hadoop's native library, {@link RawLocalFileSystem#setPermission} forks {@code chmod} for every
 * directory and file the output committer creates: 414 forks of a 4 GB JVM in one scale-1 nightly
 * (docs/BENCHMARKS.md). Registered for {@code file:} in local mode only ({@link SparkSessions}); a cluster keeps
 * its own file systems.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
    public NioLocalFileSystem() {
        super(new Raw());
    }

    /** The raw file system under the checksums; only {@code setPermission} differs from Hadoop's. */
    public static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            int mode = permission.toShort();
            if ((mode & ~0777) != 0) { // sticky bit and the like: nio cannot set them
                super.setPermission(p, permission);
                return;
            }
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(mode));
            } catch (UnsupportedOperationException notPosix) {
                super.setPermission(p, permission);
            }
        }
    }

    /** The nine rwx bits of {@code mode}, owner first, as nio's permission set. */
    static Set<PosixFilePermission> posix(int mode) {
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }
}
