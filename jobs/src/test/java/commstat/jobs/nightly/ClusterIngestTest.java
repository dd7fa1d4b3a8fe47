package commstat.jobs.nightly;

import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.TestPaths;
import commstat.jobs.TestSpark;
import commstat.jobs.ingest.IngestJob;
import commstat.jobs.ingest.ProgressLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs on a real Spark standalone cluster (stack-notes §7, §8): a master and a worker on 127.0.0.1 started from
 * the Maven jars with a SPARK_HOME shim, and the ingest submitted through {@code org.apache.spark.deploy.SparkSubmit}
 * exactly as {@code spark-submit} would: the jobs jar, the ingest module and its dependencies passed with
 * {@code --jars}, none of them on the cluster's classpath. The tables equal a local-mode run's byte for byte.
 */
class ClusterIngestTest {
    /** Jars Spark does not bring: shipped with --jars, kept off the cluster's own classpath. */
    private static final Pattern APP_DEPENDENCY = Pattern.compile(
            ".*/(poi[^/]*|xmlbeans[^/]*|commons-csv[^/]*|curvesapi[^/]*|SparseBitSet[^/]*|picocli[^/]*)\\.jar");

    @TempDir
    Path tmp;

    @Test
    void theIngestSubmittedToAStandaloneClusterWritesWhatLocalModeWrites() throws Exception {
        Path landing = TinyLanding.generated();
        List<String> classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> sparkJars = new ArrayList<>();
        List<String> shipped = new ArrayList<>();
        Path appJar = null;
        for (String entry : classpath) {
            if (entry.endsWith("jobs/target/classes") || entry.endsWith("jobs/target/classes/")) {
                appJar = jar(Path.of(entry), tmp.resolve("commstat-jobs.jar"));
            } else if (entry.contains("commstat-ingest") || entry.endsWith("ingest/target/classes")
                    || entry.endsWith("ingest/target/classes/")) {
                shipped.add(entry.endsWith(".jar") ? entry : jar(Path.of(entry), tmp.resolve("commstat-ingest.jar")).toString());
            } else if (APP_DEPENDENCY.matcher(entry).matches()) {
                shipped.add(entry);
            } else if (entry.endsWith(".jar")) {
                sparkJars.add(entry);
            }
        }
        assertThat(appJar).as("jobs/target/classes on the test class path").isNotNull();
        assertThat(shipped).anyMatch(s -> s.contains("ingest")).anyMatch(s -> s.contains("picocli"));

        Path sparkHome = shim(sparkJars);
        String sparkClasspath = sparkHome.resolve("jars").resolve("*").toString();
        int masterPort = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        List<Process> cluster = new ArrayList<>();
        try {
            cluster.add(start(sparkHome, sparkClasspath, tmp.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
            awaitLine(tmp.resolve("master.log"), "I have been elected leader", cluster.get(0));
            cluster.add(start(sparkHome, sparkClasspath, tmp.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "2", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", Files.createDirectories(tmp.resolve("work")).toString(), master));
            awaitLine(tmp.resolve("worker.log"), "Successfully registered with master", cluster.get(1));

            Path key = tmp.resolve("key");
            Files.write(key, TinyLanding.KEY);
            Path onCluster = tmp.resolve("cluster-warehouse");
            Process submit = start(sparkHome, sparkClasspath, tmp.resolve("submit.log"), "org.apache.spark.deploy.SparkSubmit",
                    "--master", master, "--deploy-mode", "client", "--class", "commstat.jobs.JobsMain",
                    "--jars", String.join(",", shipped),
                    "--conf", "spark.executor.memory=768m", "--conf", "spark.cores.max=2",
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                    appJar.toString(), "ingest", "--landing", landing.toString(), "--warehouse", onCluster.toString(),
                    "--key-file", key.toString());
            assertThat(submit.waitFor(240, TimeUnit.SECONDS)).as("submitted job finished").isTrue();
            assertThat(submit.exitValue()).as("exit code; log:\n%s", Files.readString(tmp.resolve("submit.log"))).isZero();
            assertThat(Files.readString(tmp.resolve("submit.log"))).contains(master.replace("spark://", ""));
            assertThat(executorLogs(tmp.resolve("work"))).as("an executor on the worker ran tasks").isPositive();

            Path local = tmp.resolve("local-warehouse");
            new IngestJob(TestSpark.session(), DeadlinePolicy.defaultPolicy(), ProgressLog.quiet())
                    .run(landing, local, TinyLanding.KEY);
            SnapshotFiles.assertSameBytes(onCluster, local, "ingest_run.json");
        } finally {
            for (int i = cluster.size() - 1; i >= 0; i--) { // the worker, then the master
                cluster.get(i).destroy();
                if (!cluster.get(i).waitFor(20, TimeUnit.SECONDS)) {
                    cluster.get(i).destroyForcibly();
                }
            }
        }
    }

    /** SPARK_HOME for the worker: an empty RELEASE file and jars/ with links to Spark's jars (stack-notes §7). */
    private Path shim(List<String> jars) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("spark-home"));
        Files.createFile(home.resolve("RELEASE"));
        Path dir = Files.createDirectories(home.resolve("jars"));
        for (String jar : jars) {
            Path target = Path.of(jar);
            Path link = dir.resolve(target.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, target);
            }
        }
        return home;
    }

    private Process start(Path sparkHome, String classpath, Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "@" + TestPaths.repo().resolve("spark-jvm.args"), "-cp", classpath, mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().remove("SPARK_MASTER");
        return pb.start();
    }

    private static void awaitLine(Path log, String line, Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(log) || !Files.readString(log).contains(line)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + line + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log) : ""));
            }
            Thread.sleep(200);
        }
    }

    private static long executorLogs(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            return files.filter(p -> p.getFileName().toString().equals("stderr")).count();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A jar of a classes folder (the build's jar is made after the tests). */
    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
        return jar;
    }
}
