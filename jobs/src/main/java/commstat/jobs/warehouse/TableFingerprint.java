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
import static org.apache.spark.sql.functions.shiftrightunsigned;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * What a table held, as a string that changes when the content does: {@code absent}; for a whole table the SHA-256
 * of its files (a table's bytes are a function of its rows, TableWriter); for the rows meeting a condition, their
 * count and order-free sums of two 64-bit row hashes (a Spark job), as the files also hold rows outside them.
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
        Row r = rows.select(xxhash64(seeded(1, columns)).as("h1"), xxhash64(seeded(2, columns)).as("h2"))
                .agg(count(lit(1)), halfSum("h1", 32), halfSum("h1", 0), halfSum("h2", 32), halfSum("h2", 0)).first();
        return "rows:" + r.getLong(0) + ":" + r.get(1) + ":" + r.get(2) + ":" + r.get(3) + ":" + r.get(4);
    }

    /** The columns behind a leading literal, so that two seeds give two independent hashes of a row. */
    private static Column[] seeded(int seed, Column[] columns) {
        Column[] seeded = new Column[columns.length + 1];
        seeded[0] = lit(seed);
        System.arraycopy(columns, 0, seeded, 1, columns.length);
        return seeded;
    }

    /**
     * The sum of one 32-bit half of the rows' hashes, in a long: exact below 2³¹ rows, and far cheaper than
     * summing the 64-bit hashes in decimal(38,0). The two halves' sums together stand for the full sum.
     */
    private static Column halfSum(String hash, int shift) {
        return coalesce(sum(shiftrightunsigned(col(hash), shift).bitwiseAND(lit(0xFFFFFFFFL))), lit(0L));
    }
}
