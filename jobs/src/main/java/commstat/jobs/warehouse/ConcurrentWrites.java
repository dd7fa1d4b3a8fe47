package commstat.jobs.warehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent table writes at once, one driver thread each. At this project's sizes a Spark write is mostly
 * driver work (planning, code generation, scheduling) and a final single task (the sort and Parquet encoding of a
 * one-file table); written one after the other, the other cores wait. Each write still gives the same bytes: a
 * table's rows and order do not depend on what else runs.
 */
public final class ConcurrentWrites {
    private ConcurrentWrites() {
    }

    /**
     * Runs every write and waits for all of them (no write goes on after a failure is reported), then throws the
     * first failure in the map's order, the others suppressed.
     *
     * @return each write's result (rows written), in the map's order
     */
    public static Map<String, Long> run(Map<String, Callable<Long>> writes) {
        if (writes.isEmpty()) {
            return new LinkedHashMap<>();
        }
        ExecutorService pool = Executors.newFixedThreadPool(writes.size());
        try {
            Map<String, Future<Long>> running = new LinkedHashMap<>();
            writes.forEach((table, write) -> running.put(table, pool.submit(write)));
            Map<String, Long> done = new LinkedHashMap<>();
            RuntimeException failed = null;
            for (Map.Entry<String, Future<Long>> e : running.entrySet()) {
                try {
                    done.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException x) {
                    RuntimeException cause = x.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("cannot write table " + e.getKey(), x.getCause());
                    if (failed == null) {
                        failed = cause;
                    } else {
                        failed.addSuppressed(cause);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing tables " + writes.keySet(), e);
        } finally {
            pool.shutdown();
        }
    }
}
