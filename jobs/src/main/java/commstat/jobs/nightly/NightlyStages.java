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
import commstat.jobs.publish.SnapshotStore;
import commstat.reports.assessment.AssessmentReports;
import commstat.reports.publication.DisclosurePublisher;
import commstat.reports.publication.PublicationResult;
import commstat.jobs.statistics.StatisticsJob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nightly run's stages, in order: ingest, the funds job once for all assessed years (the run date's year and
 * the one before: its tables are the same for any year but the balances' horizon and the anomaly points, which it
 * writes for each year), then the assessment of each assessed year, the older first, the statistics once for all
 * assessed years, then the disclosures (into the permanent publication store) and the assessment PDFs, then publish.
 */
public final class NightlyStages {
    private NightlyStages() {
    }

    public static List<NightlyStage> standard(NightlyOptions options) {
        AssessmentScheme scheme = SchemeLoader.loadDefault();
        List<NightlyStage> stages = new ArrayList<>();
        stages.add(ingest());
        stages.add(funds(options.years()));
        for (int year : options.years()) {
            stages.add(assessment(year, options.years(), scheme));
        }
        stages.add(statistics(options.years(), scheme));
        stages.add(disclosures());
        stages.add(assessmentReports(options.years()));
        stages.add(publish());
        return stages;
    }

    static NightlyStage ingest() {
        return NightlyStage.of("ingest", c -> {
            IngestRunSummary s = new IngestJob(c.spark(), c.options().deadlines(), c.log())
                    .run(c.options().landing(), c.building(), c.options().hashKey(), c.previous(),
                            c.previousBySameBuild(), step -> DrillPause.at("ingest:" + step));
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

    static NightlyStage funds(List<Integer> years) {
        return NightlyStage.memoized("funds", c -> "years=" + years + ";run_date=" + c.options().runDate(), c -> {
            FundsRunSummary s = new FundsJob(c.spark(), FundsConfig.defaults()).run(c.building(), years, c.options().runDate());
            return NightlyStage.Result.of(Map.of("years", years, "transactions", s.transactions(), "rows_written", s.rowsWritten()));
        });
    }

    /**
     * The assessment of one year. Its tables hold every assessed year; taken over, they come with the previous
     * snapshot's rows of the later years, which those years' stages replace: so the years run are a parameter.
     */
    static NightlyStage assessment(int year, List<Integer> years, AssessmentScheme scheme) {
        return NightlyStage.memoized("assessment " + year, c -> "year=" + year + ";years=" + years, c -> {
            AssessmentJob.Written w = new AssessmentJob(c.spark(), c.building(), scheme).run(year);
            return NightlyStage.Result.of(Map.of("year", year, "rows_written", w.rows()));
        });
    }

    static NightlyStage statistics(List<Integer> years, AssessmentScheme scheme) {
        java.util.function.Function<NightlyContext, String> params = c -> "years=" + years + ";run_date="
                + c.options().runDate() + ";deadline_day=" + c.options().deadlines().dayOfNextMonth();
        return NightlyStage.memoized("statistics", params, c -> {
            String p = params.apply(c);
            Map<String, Long> rows = new StatisticsJob(c.spark(), c.building(), scheme.art14(),
                    c.options().deadlines().dayOfNextMonth()).run(years, c.options().runDate().atStartOfDay(),
                    (table, write) -> c.memo().part("statistics", table, p, c.spark(), c.building(), write));
            return NightlyStage.Result.of(Map.of("years", years, "rows_written", rows));
        });
    }

    /**
     * The quarterly disclosures of closed quarters go to the permanent publication store (new quarters and changed
     * ones as a new version; unchanged ones write nothing), from the marts of the snapshot being built.
     */
    static NightlyStage disclosures() {
        return NightlyStage.of("disclosures", c -> {
            PublicationResult r = DisclosurePublisher.standard().publish(c.building(), c.publication(), c.options().runDate());
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("closed_quarters", r.closedDisclosures());
            d.put("first_versions", r.firstVersions());
            d.put("new_versions", r.newVersions());
            d.put("unchanged", r.unchanged());
            d.put("files_written", r.filesWritten().size());
            d.put("manifest", r.manifest());
            return new NightlyStage.Result(d, "disclosures: " + r.closedDisclosures() + " closed quarters, "
                    + r.firstVersions() + " first published, " + r.newVersions() + " new versions, "
                    + r.unchanged() + " unchanged\n");
        });
    }

    /**
     * The assessment PDFs of each year into the snapshot's {@code reports/}. They print the id the snapshot will get
     * (its content without {@code reports/}); documents whose inputs did not change are taken from the previous
     * snapshot, so they keep the date and id they were first published with (docs/DECISIONS.md).
     */
    static NightlyStage assessmentReports(List<Integer> years) {
        return NightlyStage.of("assessment reports", c -> {
            String id = SnapshotStore.idFor(c.building(), c.options().runDate());
            Map<String, Object> d = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            for (int year : years) {
                AssessmentReports.Result r = AssessmentReports.render(c.building(), year, c.options().runDate(), id,
                        c.previous());
                d.put(String.valueOf(year), Map.of("rendered", r.rendered().size(), "skipped", r.skipped().size(),
                        "removed", r.removed().size()));
                text.append("assessment reports ").append(year).append(": ").append(r.rendered().size())
                        .append(" rendered, ").append(r.skipped().size()).append(" unchanged\n");
            }
            return new NightlyStage.Result(d, text.toString());
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
