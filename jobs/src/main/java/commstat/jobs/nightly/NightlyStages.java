package commstat.jobs.nightly;

import commstat.jobs.assessment.AssessmentJob;
import commstat.jobs.assessment.AssessmentScheme;
import commstat.jobs.assessment.SchemeLoader;
import commstat.jobs.funds.FundsConfig;
import commstat.jobs.funds.FundsJob;
import commstat.jobs.funds.FundsRunSummary;
import commstat.jobs.ingest.IngestJob;
import commstat.jobs.ingest.IngestRunSummary;
import commstat.jobs.publish.Published;
import commstat.jobs.statistics.StatisticsJob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nightly run's stages, in order: ingest, then per assessed year (the run date's year and the one before, the
 * older first) funds, assessment and statistics, then publish. The funds job rewrites its tables whole with the
 * anomaly points of its year, so each year's assessment runs right after that year's funds; the statistics marts
 * keep every year.
 */
public final class NightlyStages {
    private NightlyStages() {
    }

    public static List<NightlyStage> standard(NightlyOptions options) {
        AssessmentScheme scheme = SchemeLoader.loadDefault();
        List<NightlyStage> stages = new ArrayList<>();
        stages.add(ingest());
        for (int year : options.years()) {
            stages.add(funds(year));
            stages.add(assessment(year, scheme));
            stages.add(statistics(year, scheme));
        }
        // TODO the reports module's stages go here, one line each, reading the marts of c.building() and writing
        // into it (reports/) or into c.publication(): the disclosure publication and, per year, the assessment PDFs
        // (AssessmentReports.render; jobs must then depend on reports, commons-logging excluded). The PDFs print a
        // snapshot id, but the id is the hash of the content, PDFs included: hash the folder without reports/ for
        // the id (the PDFs are a function of the marts, the run date and that id), and render every PDF each run
        // (or copy the previous reports/ first for speed, accepting that unchanged PDFs keep an older stamp).
        stages.add(publish());
        return stages;
    }

    static NightlyStage ingest() {
        return NightlyStage.of("ingest", c -> {
            IngestRunSummary s = new IngestJob(c.spark(), c.options().deadlines(), c.log())
                    .run(c.options().landing(), c.building(), c.options().hashKey(), c.previous(),
                            step -> DrillPause.at("ingest:" + step));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("files", s.files());
            d.put("files_validated", s.filesValidated());
            d.put("files_reused", s.filesReused());
            d.put("full_reason", s.filesReused() == 0 ? s.fullReason() : null);
            d.put("files_by_outcome", s.filesByOutcome());
            d.put("files_rejected_by_reason", s.filesRejectedByReason());
            d.put("rows_read", s.rowsRead());
            d.put("rows_accepted", s.rowsAccepted());
            d.put("rows_rejected", s.rowsRejected());
            d.put("rejects_by_reason", s.rejectsByReason());
            d.put("effective_submissions", s.effectiveSubmissions());
            d.put("on_time", s.onTime());
            d.put("reference_problems", s.referenceProblems());
            d.put("staged_rows", s.stagedRows());
            d.put("steps", s.stages());
            return new NightlyStage.Result(d, s.toText());
        });
    }

    static NightlyStage funds(int year) {
        return NightlyStage.of("funds " + year, c -> {
            FundsRunSummary s = new FundsJob(c.spark(), FundsConfig.defaults()).run(c.building(), year, c.options().runDate());
            return NightlyStage.Result.of(Map.of("year", year, "transactions", s.transactions(), "rows_written", s.rowsWritten()));
        });
    }

    static NightlyStage assessment(int year, AssessmentScheme scheme) {
        return NightlyStage.of("assessment " + year, c -> {
            AssessmentJob.Written w = new AssessmentJob(c.spark(), c.building(), scheme).run(year);
            return NightlyStage.Result.of(Map.of("year", year, "rows_written", w.rows()));
        });
    }

    static NightlyStage statistics(int year, AssessmentScheme scheme) {
        return NightlyStage.of("statistics " + year, c -> {
            Map<String, Long> rows = new StatisticsJob(c.spark(), c.building(), scheme.art14(),
                    c.options().deadlines().dayOfNextMonth()).run(year, c.options().runDate().atStartOfDay());
            return NightlyStage.Result.of(Map.of("year", year, "rows_written", rows));
        });
    }

    static NightlyStage publish() {
        return NightlyStage.of("publish", c -> {
            Published p = c.store().publish(c.building(), c.options().runDate(), c.options().years());
            List<String> removed = c.store().retain(c.options().keep());
            c.published(p, removed);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("snapshot", p.id());
            d.put("previous_snapshot", p.previous());
            d.put("snapshot_existed", p.existed());
            d.put("removed_snapshots", removed);
            String text = "published snapshot " + p.id() + (p.existed() ? " (the same date and content as before)" : "")
                    + (p.previous() == null ? "" : ", replacing " + p.previous())
                    + (removed.isEmpty() ? "" : "; removed " + String.join(", ", removed)) + "\n";
            return new NightlyStage.Result(d, text);
        });
    }
}
