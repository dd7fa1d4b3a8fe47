package commstat.jobs.warehouse;

import commstat.jobs.publish.ContentHash;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
    private static final String ROWS = "rows:";

    private TableFingerprint() {
    }

    public static String of(SparkSession spark, Path warehouse, String table, String condition) {
        return ofAll(spark, warehouse, Collections.singletonMap(table, condition)).get(table);
    }

    /**
     * As {@link #of} for several tables of one warehouse (table to condition, null for the whole table): the row
     * fingerprints of all of them in one Spark job, as a stage's outputs are fingerprinted together and each job
     * of a small table costs more in planning and scheduling than in reading.
     */
    public static Map<String, String> ofAll(SparkSession spark, Path warehouse, Map<String, String> conditions) {
        Map<String, String> out = new TreeMap<>();
        Dataset<Row> hashes = null;
        int hashed = 0;
        String hashedTable = null;
        for (Map.Entry<String, String> e : conditions.entrySet()) {
            String table = e.getKey();
            Path dir = warehouse.resolve(table);
            if (!Files.isDirectory(dir)) {
                out.put(table, ABSENT);
            } else if (e.getValue() == null) {
                out.put(table, "sha256:" + ContentHash.of(dir));
            } else {
                out.put(table, ROWS + "0:0:0:0:0"); // a table none of whose rows meet the condition has no group
                Dataset<Row> rows = spark.read().parquet(dir.toString()).where(e.getValue());
                Column[] columns = Arrays.stream(rows.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
                Dataset<Row> h = rows.select(lit(table).as("t"),
                        xxhash64(seeded(1, columns)).as("h1"), xxhash64(seeded(2, columns)).as("h2"));
                hashes = hashes == null ? h : hashes.union(h);
                hashed++;
                hashedTable = table;
            }
        }
        if (hashed == 1) { // no grouping needed: one aggregation, no shuffle
            out.put(hashedTable, rows(hashes.agg(count(lit(1)), sums()).first(), 0));
        } else if (hashes != null) {
            for (Row r : hashes.groupBy("t").agg(count(lit(1)), sums()).collectAsList()) {
                out.put(r.getString(0), rows(r, 1));
            }
        }
        return out;
    }

    private static Column[] sums() {
        return new Column[] {halfSum("h1", 32), halfSum("h1", 0), halfSum("h2", 32), halfSum("h2", 0)};
    }

    /** {@code rows:<count>:<sums>} from the count at {@code at} and the four sums after it. */
    private static String rows(Row r, int at) {
        return ROWS + r.getLong(at) + ":" + r.get(at + 1) + ":" + r.get(at + 2) + ":" + r.get(at + 3) + ":"
                + r.get(at + 4);
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
