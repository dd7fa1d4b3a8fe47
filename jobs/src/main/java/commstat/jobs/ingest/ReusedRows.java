package commstat.jobs.ingest;

import commstat.ingest.contract.Dataset;
import commstat.ingest.submissions.FileOutcome;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static commstat.jobs.ingest.StagingSchemas.field;
import static commstat.jobs.ingest.StagingSchemas.struct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

/**
 * The stored rows of files whose earlier validation result is reused: read back from the previous snapshot's
 * {@code stg_*} and {@code ingest_rejects}, given this run's {@code is_effective}, and put back under the exact
 * table schema, so the tables come out as a full run writes them.
 */
final class ReusedRows {
    private final SparkSession spark;
    private final Path previous;
    private final Set<String> files;

    ReusedRows(SparkSession spark, Path previous, Set<String> files) {
        this.spark = spark;
        this.previous = previous;
        this.files = Set.copyOf(files);
    }

    static ReusedRows none(SparkSession spark) {
        return new ReusedRows(spark, null, Set.of());
    }

    /** The reused ingested files' accepted rows of {@code dataset}, or empty when there are none. */
    Optional<org.apache.spark.sql.Dataset<Row>> staging(Dataset dataset, StructType schema,
                                                        Map<String, FileOutcome> outcomes) {
        List<Row> flags = new ArrayList<>();
        for (String f : files) {
            FileOutcome o = outcomes.get(f);
            if (o.outcome().isIngested() && o.name().dataset() == dataset) {
                flags.add(RowFactory.create(f, o.effective()));
            }
        }
        if (flags.isEmpty()) {
            return Optional.empty();
        }
        var keep = spark.createDataFrame(flags, struct(field("source_file", DataTypes.StringType, false),
                field("is_effective_now", DataTypes.BooleanType, false)));
        var rows = spark.read().parquet(previous.resolve("stg_" + dataset.code()).toString())
                .join(broadcast(keep), "source_file")
                .withColumn("is_effective", col("is_effective_now"));
        return Optional.of(exactly(rows, schema));
    }

    /** The reused files' rejected rows, for files whose outcome this run reads rows. */
    Optional<org.apache.spark.sql.Dataset<Row>> rejects(StructType schema, Map<String, FileOutcome> outcomes) {
        List<String> read = files.stream().filter(f -> outcomes.get(f).rowsRead() > 0).sorted().toList();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        var keep = spark.createDataset(read, Encoders.STRING()).toDF("file_name");
        var rows = spark.read().parquet(previous.resolve("ingest_rejects").toString())
                .join(broadcast(keep), "file_name");
        return Optional.of(exactly(rows, schema));
    }

    /** The table's columns in order, with its types and nullability (Parquet reads every column back as nullable). */
    private org.apache.spark.sql.Dataset<Row> exactly(org.apache.spark.sql.Dataset<Row> rows, StructType schema) {
        Column[] columns = Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
        return spark.createDataFrame(rows.select(columns).javaRDD(), schema);
    }
}
