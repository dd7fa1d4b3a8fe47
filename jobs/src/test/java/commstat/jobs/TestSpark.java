package commstat.jobs;

import commstat.jobs.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** The one Spark session of the test JVM: starting one costs seconds, so every test class shares it. */
public final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            System.setProperty("spark.master", "local[2]");
            System.setProperty("spark.sql.shuffle.partitions", "2");
            System.setProperty("spark.default.parallelism", "2");
            session = SparkSessions.getOrCreate("commstat-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
