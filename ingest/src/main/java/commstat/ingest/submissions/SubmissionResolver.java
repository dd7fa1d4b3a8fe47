package commstat.ingest.submissions;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.landing.SubmissionName;
import commstat.ingest.submissions.FileOutcome.Outcome;
import commstat.ingest.validate.FileResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Judges the files against each other, on the landing area as it stands (so an incremental night and a full
 * rebuild agree). Files sharing community, dataset, period and {@code submitted_at} are twins: with the same
 * content (same bytes, or the same values read) the first by name counts and the others are duplicates; with
 * different content, or an unreadable file beside a readable one, every twin is a conflict and none is read.
 * Per community × dataset × period the latest accepted file is effective; the first accepted decides timeliness.
 */
public final class SubmissionResolver {
    static final String CONFLICT_MESSAGE =
            "another file with different content has the same community, dataset, period and submitted_at";

    private final DeadlinePolicy deadlines;

    public SubmissionResolver(DeadlinePolicy deadlines) {
        this.deadlines = requireNonNull(deadlines, "deadlines is null");
    }

    /** {@code results} may be summaries (without rows): only the counts and the digest are used. */
    public Resolution resolve(List<FileResult> results) {
        List<FileResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(FileResult::fileName));
        Map<String, FileOutcome> outcomes = new LinkedHashMap<>();
        Map<String, List<FileResult>> twins = new TreeMap<>();
        for (FileResult r : sorted) {
            if (isJudgedAlone(r)) {
                outcomes.put(r.fileName(), own(r));
            } else {
                twins.computeIfAbsent(twinKey(r.name()), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<FileResult> group : twins.values()) {
            judgeTwins(group, outcomes);
        }
        return effective(sorted, outcomes);
    }

    /** Files never read for want of a usable name take no part in twin judgement. */
    private static boolean isJudgedAlone(FileResult r) {
        return r.name() == null || r.reason() == RejectReason.BAD_FILE_NAME
                || r.reason() == RejectReason.UNKNOWN_COMMUNITY;
    }

    private static String twinKey(SubmissionName n) {
        return n.communityCode() + "|" + n.dataset().code() + "|" + n.period() + "|" + n.submittedAt();
    }

    private static void judgeTwins(List<FileResult> group, Map<String, FileOutcome> outcomes) {
        // classes of equal content, in file-name order: the first of a class counts, the rest are duplicates
        Map<String, FileResult> firstOfClass = new LinkedHashMap<>();
        for (FileResult r : group) {
            firstOfClass.putIfAbsent(contentKey(r), r);
        }
        boolean allUnreadable = group.stream().allMatch(r -> r.reason() == RejectReason.UNREADABLE_FILE);
        if (firstOfClass.size() > 1 && !allUnreadable) {
            for (FileResult r : group) {
                outcomes.put(r.fileName(), conflict(r));
            }
            return;
        }
        // one content, or only unreadable files (nothing read that could disagree): no conflict
        for (FileResult r : group) {
            FileResult first = firstOfClass.get(contentKey(r));
            outcomes.put(r.fileName(), first == r ? own(r) : duplicate(r, first.fileName()));
        }
    }

    private static String contentKey(FileResult r) {
        return r.contentDigest() == null ? "file:" + r.fileName() : r.contentDigest();
    }

    private static FileOutcome own(FileResult r) {
        Outcome outcome = r.rejectedWhole() ? Outcome.REJECTED : Outcome.INGESTED;
        return new FileOutcome(r.fileName(), outcome, r.reason(), r.message(), r.rowsRead(), r.rowsAccepted(),
                r.rowsRejected(), r.rejectedByCode(), false, false, r.warnings(), r.encoding(), r.name());
    }

    private static FileOutcome duplicate(FileResult r, String original) {
        return new FileOutcome(r.fileName(), Outcome.DUPLICATE_IGNORED, null, "same content as " + original, 0, 0, 0,
                Map.of(), false, false, r.warnings(), r.encoding(), r.name());
    }

    private static FileOutcome conflict(FileResult r) {
        return new FileOutcome(r.fileName(), Outcome.CONFLICT, RejectReason.CONFLICTING_SUBMISSION,
                CONFLICT_MESSAGE, 0, 0, 0, Map.of(), false, false, r.warnings(), r.encoding(), r.name());
    }

    private Resolution effective(List<FileResult> sorted, Map<String, FileOutcome> outcomes) {
        Map<String, List<FileOutcome>> accepted = new TreeMap<>();
        for (FileResult r : sorted) {
            FileOutcome o = outcomes.get(r.fileName());
            if (o.outcome().isIngested()) {
                SubmissionName n = o.name();
                accepted.computeIfAbsent(n.communityCode() + "|" + n.dataset().code() + "|" + n.period(),
                        k -> new ArrayList<>()).add(o);
            }
        }
        List<EffectiveSubmission> effective = new ArrayList<>();
        for (List<FileOutcome> files : accepted.values()) {
            files.sort(Comparator.comparing((FileOutcome o) -> o.name().submittedAt())
                    .thenComparing(FileOutcome::fileName));
            FileOutcome first = files.get(0);
            FileOutcome last = files.get(files.size() - 1);
            for (FileOutcome o : files) {
                outcomes.put(o.fileName(), withFlags(o, o == last, o != last));
            }
            SubmissionName n = last.name();
            effective.add(new EffectiveSubmission(n.communityCode(), n.dataset(), n.period(), last.fileName(),
                    n.submittedAt(), first.fileName(), first.name().submittedAt(), deadlines.deadline(n.period()),
                    deadlines.isOnTime(n.period(), first.name().submittedAt())));
        }
        List<FileOutcome> all = new ArrayList<>(outcomes.values());
        all.sort(Comparator.comparing(FileOutcome::fileName));
        effective.sort(Comparator.comparing(EffectiveSubmission::communityCode)
                .thenComparing(e -> e.dataset().code()).thenComparing(EffectiveSubmission::period));
        return new Resolution(all, effective);
    }

    private static FileOutcome withFlags(FileOutcome o, boolean effective, boolean superseded) {
        return new FileOutcome(o.fileName(), o.outcome(), o.reason(), o.message(), o.rowsRead(), o.rowsAccepted(),
                o.rowsRejected(), o.rejectedByCode(), effective, superseded, o.warnings(), o.encoding(), o.name());
    }

}
