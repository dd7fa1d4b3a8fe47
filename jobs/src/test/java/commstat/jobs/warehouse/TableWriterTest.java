package commstat.jobs.warehouse;

import commstat.jobs.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TableWriterTest {
    private static final StructType SCHEMA = new StructType()
            .add("file_name", DataTypes.StringType, false)
            .add("line", DataTypes.IntegerType, false)
            .add("value", DataTypes.StringType, true);

    @TempDir
    Path tmp;

    @Test
    void aShuffledWriteGivesTheBytesOfACoalescedOneWhateverTheInputOrder() throws Exception {
        SparkSession spark = TestSpark.session();
        List<Row> rows = new ArrayList<>();
        for (int f = 0; f < 40; f++) {
            for (int line = 2; line < 60; line++) {
                rows.add(RowFactory.create("file-" + f + ".csv", line, line % 7 == 0 ? null : "v" + (f * line)));
            }
        }
        Collections.shuffle(rows, new Random(7));
        Dataset<Row> oneOrder = spark.createDataFrame(rows, SCHEMA).repartition(5);
        Collections.shuffle(rows, new Random(8));
        Dataset<Row> anotherOrder = spark.createDataFrame(rows, SCHEMA).repartition(3);

        new TableWriter(tmp.resolve("a")).write("t", oneOrder, rows.size(), "file_name", "line");
        new TableWriter(tmp.resolve("b")).writeShuffled("t", anotherOrder, rows.size(), "file_name", "line");

        assertThat(files(tmp.resolve("b/t"))).containsExactly("part-00000.parquet");
        assertThat(Files.readAllBytes(tmp.resolve("b/t/part-00000.parquet")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("a/t/part-00000.parquet")));
    }

    @Test
    void anInOrderWriteKeepsThePartitionsAsTheyAreAndCountsTheRowsFromTheFooters() throws Exception {
        SparkSession spark = TestSpark.session();
        List<Row> rows = new ArrayList<>();
        for (int line = 2; line < 500; line++) {
            rows.add(RowFactory.create("file.csv", line, "v" + line));
        }
        Dataset<Row> ordered = spark.createDataFrame(rows, SCHEMA).repartitionByRange(3, org.apache.spark.sql.functions.col("line"))
                .sortWithinPartitions("line");
        Dataset<Row> reversed = spark.createDataFrame(rows, SCHEMA).repartitionByRange(1, org.apache.spark.sql.functions.col("line"))
                .sortWithinPartitions(org.apache.spark.sql.functions.col("line").desc());

        assertThat(new TableWriter(tmp.resolve("a")).writeInOrder("t", ordered)).isEqualTo(rows.size());
        assertThat(new TableWriter(tmp.resolve("b")).writeInOrder("t", reversed)).isEqualTo(rows.size());

        assertThat(files(tmp.resolve("a/t"))).containsExactly("part-00000.parquet", "part-00001.parquet", "part-00002.parquet");
        List<Integer> lines = new ArrayList<>();
        for (String file : files(tmp.resolve("a/t"))) { // Spark reads several files in no set order: one at a time
            spark.read().parquet(tmp.resolve("a/t").resolve(file).toString()).collectAsList()
                    .forEach(r -> lines.add(r.getInt(1)));
        }
        assertThat(lines).as("files in partition order, each as written").isSorted().hasSize(rows.size());
        List<Integer> reversedLines = spark.read().parquet(tmp.resolve("b/t").toString()).collectAsList().stream()
                .map(r -> r.getInt(1)).toList();
        assertThat(reversedLines).as("nothing re-sorted").first().isEqualTo(499);
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
