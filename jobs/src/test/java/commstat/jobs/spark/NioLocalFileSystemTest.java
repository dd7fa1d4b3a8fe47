package commstat.jobs.spark;

import commstat.jobs.TestSpark;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NioLocalFileSystemTest {
    @Test
    void modeBitsMapToNioPermissionsOwnerFirst() {
        assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(0755))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(0640))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(0001))).isEqualTo("--------x");
        assertThat(NioLocalFileSystem.posix(0)).isEmpty();
    }

    @Test
    void theLocalSessionUsesItAndItSetsTheRequestedMode(@TempDir Path dir) throws Exception {
        SparkSession spark = TestSpark.session();
        FileSystem fs = FileSystem.get(URI.create("file:///"), spark.sparkContext().hadoopConfiguration());
        assertThat(fs).isInstanceOf(NioLocalFileSystem.class);

        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        fs.setPermission(new org.apache.hadoop.fs.Path(file.toUri()), new FsPermission((short) 0604));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw----r--");
    }

    @Test
    void sparkWritesAndReadsParquetThroughIt(@TempDir Path dir) {
        SparkSession spark = TestSpark.session();
        String out = dir.resolve("t").toString();
        spark.range(5).toDF("n").write().parquet(out);

        List<Row> back = spark.read().parquet(out).orderBy("n").collectAsList();
        assertThat(back).extracting(r -> r.getLong(0)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(dir.resolve("t").resolve("_SUCCESS")).exists();
    }
}
