package commstat.jobs.warehouse;

import commstat.jobs.publish.ContentHash;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * What a table held, as a string that changes when the content does: {@code absent}; for a whole table the SHA-256
 * of its files (a table's bytes are a function of its rows, TableWriter); for the rows meeting a condition, their
 * count and two order-free sums of 64-bit row hashes (a Spark job), as the files also hold rows outside them.
 */
public final class TableFingerprint {
    static final String ABSENT = "absent";

    private TableFingerprint() {
    }

    public static String of(SparkSession spark, Path warehouse, String table, String condition) {
        Path dir = warehouse.resolve(table);
        if (!Files.isDirectory(dir)) {
            return ABSENT;
        }
        if (condition == null) {
            return "sha256:" + ContentHash.of(dir);
        }
        var rows = spark.read().parquet(dir.toString()).where(condition);
        Column[] columns = Arrays.stream(rows.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
        Row r = rows.agg(count(lit(1)), sums(1, columns), sums(2, columns)).first();
        return "rows:" + r.getLong(0) + ":" + r.get(1) + ":" + r.get(2);
    }

    /** The sum of the rows' hashes under one seed (a leading literal), exact in decimal(38,0). */
    private static Column sums(int seed, Column[] columns) {
        Column[] seeded = new Column[columns.length + 1];
        seeded[0] = lit(seed);
        System.arraycopy(columns, 0, seeded, 1, columns.length);
        return coalesce(sum(xxhash64(seeded).cast("decimal(38,0)")), lit(0).cast("decimal(38,0)"));
    }
}
