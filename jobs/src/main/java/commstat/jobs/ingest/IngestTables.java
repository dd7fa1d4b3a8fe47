package commstat.jobs.ingest;

import commstat.ingest.landing.ReferenceData;
import commstat.ingest.submissions.EffectiveSubmission;
import commstat.ingest.submissions.FileOutcome;
import commstat.ingest.submissions.Resolution;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.RowReject;
import commstat.ingest.validate.StoredRow;
import commstat.jobs.warehouse.ConcurrentWrites;
import commstat.jobs.warehouse.TableWriter;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Turns validation results into the ingest tables of docs/DATA.md and writes them. */
final class IngestTables {
    private static final String REJECTS = LinkableIngestTables.REJECTS;
    private static final String STAGING = "stg_";

    private final SparkSession spark;
    private final TableWriter writer;

    IngestTables(SparkSession spark, TableWriter writer) {
        this.spark = spark;
        this.writer = writer;
    }

    /** Rows written: per dataset code to its {@code stg_<dataset>} table, and to {@code ingest_rejects}. */
    record Staged(Map<String, Long> byDataset, long rejected) {
    }

    /**
     * Every table of the ingest, written at once (one driver thread each): the {@code stg_<dataset>} tables and
     * {@code ingest_rejects}, and the small ones ({@code ingest_files}, {@code submissions_effective}, the reference
     * tables, the validation cache). Each table ends in a single task (its sort and Parquet encoding), so written one
     * after the other the other cores would wait for it; the small ones fit into the large ones' last tasks. The
     * tables named in {@code unchanged} are linked from {@code earlier} instead ({@link LinkableIngestTables};
     * {@code earlier} may be null when {@code unchanged} is empty).
     */
    Staged writeAll(ValidatedFiles results, Broadcast<Map<String, FileOutcome>> outcomes, ReusedRows reused,
                    Resolution resolution, ReferenceData reference, List<Row> cacheRows,
                    Path earlier, Set<String> unchanged) {
        Map<String, Callable<Long>> writes = new TreeMap<>();
        for (commstat.ingest.contract.Dataset dataset : commstat.ingest.contract.Dataset.values()) {
            String table = STAGING + dataset.code();
            writes.put(table, unchanged.contains(table) ? () -> writer.linkFrom(earlier, table)
                    : staging(dataset, results, outcomes, reused));
        }
        writes.put(REJECTS, unchanged.contains(REJECTS) ? () -> writer.linkFrom(earlier, REJECTS)
                : rejects(results, outcomes, reused));
        writes.put("ingest_files", files(resolution.outcomes()));
        writes.put("submissions_effective", effective(resolution.effective()));
        writes.put(ValidationCache.TABLE, cache(cacheRows));
        writes.putAll(ReferenceTables.writes(spark, writer, reference));
        Map<String, Long> written = ConcurrentWrites.run(writes);
        Map<String, Long> byDataset = new TreeMap<>();
        written.forEach((table, rows) -> {
            if (table.startsWith(STAGING)) {
                byDataset.put(table.substring(STAGING.length()), rows);
            }
        });
        return new Staged(byDataset, written.get(REJECTS));
    }

    /**
     * The write of {@code stg_<dataset>}: the accepted rows of every ingested file of the dataset, those validated
     * in this run ({@code results}) and those whose earlier result is reused ({@code reused}, rows read from the
     * previous snapshot with this run's {@code is_effective}).
     */
    private Callable<Long> staging(commstat.ingest.contract.Dataset dataset, ValidatedFiles results,
                                   Broadcast<Map<String, FileOutcome>> outcomes, ReusedRows reused) {
        long accepted = outcomes.value().values().stream()
                .filter(o -> o.outcome().isIngested() && o.name().dataset() == dataset)
                .mapToLong(FileOutcome::rowsAccepted).sum();
        JavaRDD<FileResult> files = results.of(dataset);
        JavaRDD<Row> rows = files
                .filter(r -> outcomes.value().get(r.fileName()).outcome().isIngested())
                .flatMap(r -> stagingRows(r, outcomes.value().get(r.fileName()).effective()));
        StructType schema = StagingSchemas.staging(dataset);
        Dataset<Row> all = reused.staging(dataset, schema, outcomes.value())
                .map(old -> spark.createDataFrame(rows, schema).union(old))
                .orElseGet(() -> spark.createDataFrame(rows, schema));
        return () -> writer.writeShuffled(STAGING + dataset.code(), all, accepted, "source_file", "line");
    }

    /**
     * The write of {@code ingest_rejects}: rejected rows of the files that were read (a conflict or a duplicate reads
     * none).
     */
    private Callable<Long> rejects(ValidatedFiles results, Broadcast<Map<String, FileOutcome>> outcomes,
                                   ReusedRows reused) {
        long rejected = outcomes.value().values().stream().mapToLong(FileOutcome::rowsRejected).sum();
        JavaRDD<Row> rows = results.withoutAccepted()
                .filter(r -> outcomes.value().get(r.fileName()).rowsRead() > 0)
                .flatMap(IngestTables::rejectRows);
        StructType schema = StagingSchemas.rejects();
        Dataset<Row> all = reused.rejects(schema, outcomes.value())
                .map(old -> spark.createDataFrame(rows, schema).union(old))
                .orElseGet(() -> spark.createDataFrame(rows, schema));
        return () -> writer.writeShuffled(REJECTS, all, rejected, "file_name", "line");
    }

    private Callable<Long> files(List<FileOutcome> outcomes) {
        List<Row> rows = new ArrayList<>();
        for (FileOutcome o : outcomes) {
            var n = o.name();
            rows.add(RowFactory.create(o.fileName(),
                    n == null ? null : n.communityCode(),
                    n == null ? null : n.dataset().code(),
                    n == null ? null : n.period().toString(),
                    n == null ? null : n.submittedAt(),
                    o.outcome().label(),
                    o.reason() == null ? null : o.reason().name(),
                    o.message(), o.encoding(), o.rowsRead(), o.rowsAccepted(), o.rowsRejected(),
                    o.effective(), o.superseded(), o.warnings().toArray(String[]::new)));
        }
        return () -> writer.write("ingest_files", spark.createDataFrame(rows, StagingSchemas.files()), rows.size(),
                "file_name");
    }

    private Callable<Long> effective(List<EffectiveSubmission> effective) {
        List<Row> rows = new ArrayList<>();
        for (EffectiveSubmission e : effective) {
            rows.add(RowFactory.create(e.communityCode(), e.dataset().code(), e.period().toString(), e.file(),
                    e.submittedAt(), e.firstAcceptedFile(), e.firstAcceptedAt(), e.deadline(), e.onTime()));
        }
        return () -> writer.write("submissions_effective",
                spark.createDataFrame(rows, StagingSchemas.effectiveSubmissions()),
                rows.size(), "community_code", "dataset", "period");
    }

    private Callable<Long> cache(List<Row> rows) {
        return () -> writer.write(ValidationCache.TABLE, spark.createDataFrame(rows, ValidationCache.schema()),
                rows.size(), "file_name");
    }

    private static Iterator<Row> stagingRows(FileResult r, boolean effective) {
        var n = r.name();
        List<Row> rows = new ArrayList<>(r.accepted().size());
        for (StoredRow s : r.accepted()) {
            Object[] values = new Object[6 + s.values().length];
            values[0] = r.fileName();
            values[1] = s.line();
            values[2] = n.communityCode();
            values[3] = n.period().toString();
            values[4] = n.submittedAt();
            values[5] = effective;
            System.arraycopy(s.values(), 0, values, 6, s.values().length);
            rows.add(RowFactory.create(values));
        }
        return rows.iterator();
    }

    private static Iterator<Row> rejectRows(FileResult r) {
        var n = r.name();
        List<Row> rows = new ArrayList<>(r.rejects().size());
        for (RowReject j : r.rejects()) {
            rows.add(RowFactory.create(r.fileName(), n.communityCode(), n.dataset().code(), n.period().toString(),
                    j.line(), j.column(), j.code().name(), j.faults().toArray(String[]::new), j.message()));
        }
        return rows.iterator();
    }
}
