package commstat.jobs.ingest;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.landing.BadFileNameException;
import commstat.ingest.landing.SubmissionName;
import commstat.ingest.submissions.FileOutcome;
import commstat.ingest.validate.FileResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static commstat.jobs.ingest.StagingSchemas.field;
import static commstat.jobs.ingest.StagingSchemas.struct;

/**
 * {@code ingest_cache}: every inbox file's own validation result (before files are judged against each other),
 * with the file's size and SHA-256 and what the result depended on ({@link IngestInputs}). The next incremental run
 * reuses a result when the file and the inputs are unchanged; the file's rows it then takes from this snapshot's
 * {@code stg_*} and {@code ingest_rejects}, which hold them when {@code rows_stored} is true.
 */
final class ValidationCache {
    static final String TABLE = "ingest_cache";
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    /** A reusable earlier result of one file. */
    record Entry(String fileName, long sizeBytes, String sha256, FileResult summary, boolean rowsStored) {
        /** Usable when the file is byte-for-byte the same and its rows can be had without reading it. */
        boolean matches(InboxFile file) {
            return file.sizeBytes() == sizeBytes && file.sha256().equals(sha256)
                    && (rowsStored || summary.rowsRead() == 0);
        }
    }

    /** The earlier results that may be reused, or why none may (then {@code entries} is empty). */
    record Previous(Path snapshot, Map<String, Entry> entries, String fullReason) {
        static Previous none(String reason) {
            return new Previous(null, Map.of(), reason);
        }
    }

    private ValidationCache() {
    }

    static StructType schema() {
        return struct(
                field("file_name", DataTypes.StringType, false),
                field("size_bytes", DataTypes.LongType, false),
                field("sha256", DataTypes.StringType, false),
                field("reference_sha256", DataTypes.StringType, false),
                field("settings", DataTypes.StringType, false),
                field("key_fingerprint", DataTypes.StringType, false),
                field("rows_stored", DataTypes.BooleanType, false),
                field("rejected_whole", DataTypes.BooleanType, false),
                field("reason", DataTypes.StringType, true),
                field("message", DataTypes.StringType, true),
                field("encoding", DataTypes.StringType, true),
                field("rows_read", DataTypes.IntegerType, false),
                field("rows_accepted", DataTypes.IntegerType, false),
                field("rows_rejected", DataTypes.IntegerType, false),
                field("rejected_by_code", STRINGS, false),
                field("warnings", STRINGS, false),
                field("content_digest", DataTypes.StringType, true));
    }

    /** Tables the rows of a reused file are taken from. */
    static List<String> tablesNeeded() {
        List<String> tables = new ArrayList<>(List.of(TABLE, "ingest_rejects"));
        for (commstat.ingest.contract.Dataset d : commstat.ingest.contract.Dataset.values()) {
            tables.add("stg_" + d.code());
        }
        return tables;
    }

    /** Reads the cache of {@code snapshot} (null: a full run) and keeps what was made under the same inputs. */
    static Previous load(SparkSession spark, Path snapshot, IngestInputs now) {
        if (snapshot == null) {
            return Previous.none("no earlier results given (a full run)");
        }
        for (String table : tablesNeeded()) {
            if (!Files.isDirectory(snapshot.resolve(table))) {
                return Previous.none("the previous snapshot " + snapshot.getFileName() + " has no " + table);
            }
        }
        List<Row> rows = spark.read().parquet(snapshot.resolve(TABLE).toString()).collectAsList();
        Map<String, Entry> entries = new HashMap<>();
        for (Row r : rows) {
            IngestInputs then = new IngestInputs(r.getAs("reference_sha256"), r.getAs("settings"), r.getAs("key_fingerprint"));
            String change = now.changeFrom(then);
            if (change != null) {
                return Previous.none(change);
            }
            Entry e = entry(r);
            entries.put(e.fileName(), e);
        }
        return new Previous(snapshot, entries, null);
    }

    private static Entry entry(Row r) {
        String fileName = r.getAs("file_name");
        String reason = r.getAs("reason");
        Map<String, Integer> byCode = new TreeMap<>();
        for (String s : r.<String>getList(r.fieldIndex("rejected_by_code"))) {
            int eq = s.lastIndexOf('=');
            byCode.put(s.substring(0, eq), Integer.parseInt(s.substring(eq + 1)));
        }
        FileResult summary = new FileResult(fileName, parse(fileName), r.getAs("rejected_whole"),
                reason == null ? null : RejectReason.valueOf(reason), r.getAs("message"), r.getAs("encoding"),
                r.getAs("rows_read"), r.getAs("rows_accepted"), r.getAs("rows_rejected"), byCode,
                r.<String>getList(r.fieldIndex("warnings")), List.of(), List.of(), r.getAs("content_digest"));
        return new Entry(fileName, r.getAs("size_bytes"), r.getAs("sha256"), summary, r.getAs("rows_stored"));
    }

    private static SubmissionName parse(String fileName) {
        try {
            return SubmissionName.parse(fileName);
        } catch (BadFileNameException e) {
            return null;
        }
    }

    /** One row per inbox file, in name order. {@code rows_stored}: this run writes the file's rows. */
    static List<Row> rows(List<InboxFile> inbox, Map<String, FileResult> summaries, Map<String, FileOutcome> outcomes,
                          IngestInputs inputs) {
        List<Row> rows = new ArrayList<>(inbox.size());
        for (InboxFile f : inbox) {
            FileResult r = summaries.get(f.fileName());
            FileOutcome o = outcomes.get(f.fileName());
            boolean stored = o.outcome() == FileOutcome.Outcome.INGESTED || o.outcome() == FileOutcome.Outcome.REJECTED;
            List<String> byCode = new ArrayList<>();
            new TreeMap<>(r.rejectedByCode()).forEach((code, n) -> byCode.add(code + "=" + n));
            rows.add(RowFactory.create(f.fileName(), f.sizeBytes(), f.sha256(), inputs.referenceSha256(),
                    inputs.settings(), inputs.keyFingerprint(), stored, r.rejectedWhole(),
                    r.reason() == null ? null : r.reason().name(), r.message(), r.encoding(), r.rowsRead(),
                    r.rowsAccepted(), r.rowsRejected(), byCode.toArray(String[]::new),
                    r.warnings().toArray(String[]::new), r.contentDigest()));
        }
        return rows;
    }
}
