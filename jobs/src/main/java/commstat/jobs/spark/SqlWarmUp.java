package commstat.jobs.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.apache.spark.sql.functions.col;

/**
 * Readies Spark SQL on a background thread while the driver waits for work that needs none of it. A session builds
 * its SQL state (function registry, analyzer, optimizer, planner: thousands of classes) at its first Dataset; the
 * ingest's first Datasets come after its validation, an RDD job of ≈ 10 s at scale 1, so that start cost ≈ 3 s
 * with both cores idle (issue 9). Planning a small query on the side, without running it, moves it into the
 * validation. Nothing is computed or written, so it runs the same on a cluster; a failure here is ignored, since
 * the real queries would meet it again.
 */
public final class SqlWarmUp {
    private static final StructType SCHEMA = new StructType()
            .add("s", DataTypes.StringType, false)
            .add("i", DataTypes.IntegerType, true)
            .add("d", DataTypes.DateType, true)
            .add("t", DataTypes.TimestampNTZType, true)
            .add("m", DataTypes.createDecimalType(18, 2), true)
            .add("b", DataTypes.BooleanType, true);

    private SqlWarmUp() {
    }

    /** Starts planning on a daemon thread; {@link CompletableFuture#join()} waits for it (it never fails). */
    public static CompletableFuture<Void> start(SparkSession spark) {
        return CompletableFuture.runAsync(() -> {
            try {
                List<Row> rows = List.of(RowFactory.create("a", 1, LocalDate.EPOCH, LocalDateTime.of(2025, 1, 1, 0, 0),
                        BigDecimal.ONE.setScale(2), true));
                Dataset<Row> d = spark.createDataFrame(rows, SCHEMA);
                d.union(d).repartition(1).sortWithinPartitions(col("s"), col("i"))
                        .groupBy(col("s")).count()
                        .queryExecution().executedPlan();
            } catch (RuntimeException | LinkageError e) {
                // the run's own queries report any real problem
            }
        }, command -> {
            Thread t = new Thread(command, "sql-warm-up");
            t.setDaemon(true);
            t.start();
        });
    }
}
