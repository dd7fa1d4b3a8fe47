package commstat.jobs.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one Spark session of a process. {@code local[*]} is the embedded default; when the job is
 * started by {@code spark-submit --master ...} the master it sets wins, so the same jar runs on a cluster.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession getOrCreate(String appName) {
        SparkConf conf = new SparkConf(true); // picks up spark.* system properties set by spark-submit
        conf.setAppName(appName);
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // LocalDate / LocalDateTime in rows: the contract's times are local date-times without a zone.
        conf.setIfMissing("spark.sql.datetime.java8API.enabled", "true");
        conf.setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(defaultParallelism()));
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            // Permissions without a forked chmod per committed file (NioLocalFileSystem).
            conf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static int defaultParallelism() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
