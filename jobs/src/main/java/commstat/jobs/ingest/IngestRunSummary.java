package commstat.jobs.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import commstat.ingest.submissions.EffectiveSubmission;
import commstat.ingest.submissions.FileOutcome;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did, for a person and for the server: files by outcome, rows read, accepted and
 * rejected, rejects by reason, staged rows per dataset and the time per stage. Rows read always equal
 * accepted + rejected; the summary says so explicitly. Start and end are wall-clock local times (Asia/Shanghai):
 * this file is a run log, the one file of the warehouse that is not a function of the inputs.
 */
public record IngestRunSummary(String startedAt, String finishedAt, int files, Map<String, Integer> filesByOutcome, Map<String, Integer> filesRejectedByReason,
                               long rowsRead, long rowsAccepted, long rowsRejected,
                               Map<String, Integer> rejectsByReason, int effectiveSubmissions, int onTime,
                               int referenceProblems, Map<String, Long> stagedRows, long rejectRowsWritten,
                               List<StageTime> stages, int filesValidated, int filesReused, String fullReason) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Wall time of one stage of the run. */
    public record StageTime(String stage, long millis) {
    }

    public IngestRunSummary {
        filesByOutcome = Map.copyOf(filesByOutcome);
        filesRejectedByReason = Map.copyOf(filesRejectedByReason);
        rejectsByReason = Map.copyOf(rejectsByReason);
        stagedRows = Map.copyOf(stagedRows);
        stages = List.copyOf(stages);
    }

    static IngestRunSummary of(String startedAt, String finishedAt, List<FileOutcome> outcomes, List<EffectiveSubmission> effective, int referenceProblems,
                               Map<String, Long> stagedRows, long rejectRows, List<StageTime> stages) {
        Map<String, Integer> byOutcome = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        Map<String, Integer> rejects = new TreeMap<>();
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        for (FileOutcome o : outcomes) {
            byOutcome.merge(o.outcome().label(), 1, Integer::sum);
            if (o.reason() != null) {
                byReason.merge(o.reason().name(), 1, Integer::sum);
            }
            read += o.rowsRead();
            accepted += o.rowsAccepted();
            rejected += o.rowsRejected();
            o.rejectedByCode().forEach((code, n) -> rejects.merge(code, n, Integer::sum));
        }
        int onTime = (int) effective.stream().filter(EffectiveSubmission::onTime).count();
        return new IngestRunSummary(startedAt, finishedAt, outcomes.size(), byOutcome, byReason, read, accepted, rejected, rejects,
                effective.size(), onTime, referenceProblems, stagedRows, rejectRows, stages, outcomes.size(), 0, null);
    }

    /** The same summary saying how many files were validated and how many earlier results were reused, and why not more. */
    IngestRunSummary withIncremental(int validated, int reused, String whyFull) {
        return new IngestRunSummary(startedAt, finishedAt, files, filesByOutcome, filesRejectedByReason, rowsRead, rowsAccepted,
                rowsRejected, rejectsByReason, effectiveSubmissions, onTime, referenceProblems, stagedRows, rejectRowsWritten,
                stages, validated, reused, whyFull);
    }

    public long totalMillis() {
        return stages.stream().mapToLong(StageTime::millis).sum();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The readable summary printed at the end of a run. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("files          %,10d   (%,d validated, %,d unchanged and reused)%n", files, filesValidated, filesReused));
        if (fullReason != null && filesReused == 0 && files > 0) {
            s.append("  every file validated: ").append(fullReason).append('\n');
        }
        new TreeMap<>(filesByOutcome).forEach((k, v) -> s.append(String.format("  %-22s %,8d%n", k, v)));
        if (!filesRejectedByReason.isEmpty()) {
            s.append("files not ingested, by reason\n");
            new TreeMap<>(filesRejectedByReason).forEach((k, v) -> s.append(String.format("  %-22s %,8d%n", k, v)));
        }
        s.append(String.format("rows read      %,10d%n", rowsRead));
        s.append(String.format("rows accepted  %,10d%n", rowsAccepted));
        s.append(String.format("rows rejected  %,10d   (read = accepted + rejected: %s)%n", rowsRejected,
                rowsRead == rowsAccepted + rowsRejected ? "yes" : "NO"));
        if (!rejectsByReason.isEmpty()) {
            s.append("rejected rows, by reason\n");
            new TreeMap<>(rejectsByReason).forEach((k, v) -> s.append(String.format("  %-22s %,8d%n", k, v)));
        }
        s.append(String.format("effective submissions %,d (%,d on time)%n", effectiveSubmissions, onTime));
        s.append(String.format("reference problems     %,d%n", referenceProblems));
        s.append("staged rows\n");
        new TreeMap<>(stagedRows).forEach((k, v) -> s.append(String.format("  %-22s %,8d%n", k, v)));
        s.append("time per stage\n");
        for (StageTime t : stages) {
            s.append(String.format("  %-40s %8.1f s%n", t.stage(), t.millis() / 1000.0));
        }
        s.append(String.format("  %-40s %8.1f s%n", "total", totalMillis() / 1000.0));
        return s.toString();
    }
}
