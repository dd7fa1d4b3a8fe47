package commstat.ingest.submissions;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.submissions.FileOutcome.Outcome;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.SubmissionValidator;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static commstat.ingest.Fixtures.HASHER;
import static commstat.ingest.Fixtures.REFERENCE;
import static commstat.ingest.Fixtures.bytes;
import static commstat.ingest.Fixtures.inboxName;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionResolverTest {
    private final SubmissionValidator validator = new SubmissionValidator(REFERENCE, HASHER);
    private final SubmissionResolver resolver = new SubmissionResolver(DeadlinePolicy.defaultPolicy());

    private FileResult file(String dataset, String submittedAt, String ext, String fixture) {
        return validator.validate(inboxName(dataset, "2025-02", submittedAt, ext), bytes(fixture)).summary();
    }

    private static Map<String, FileOutcome> byName(Resolution r) {
        return r.outcomes().stream().collect(Collectors.toMap(FileOutcome::fileName, Function.identity()));
    }

    @Test
    void aLaterSubmissionReplacesTheEarlierWhileTheFirstDecidesTimeliness() {
        FileResult early = file("population", "20250305T100000", "csv", "population_utf8.csv");
        FileResult late = file("population", "20250320T100000", "csv", "population_bom.csv");
        Resolution r = resolver.resolve(List.of(late, early));
        Map<String, FileOutcome> o = byName(r);
        assertThat(o.get(early.fileName())).satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.INGESTED);
            assertThat(f.superseded()).isTrue();
            assertThat(f.effective()).isFalse();
        });
        assertThat(o.get(late.fileName()).effective()).isTrue();
        assertThat(r.effective()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(late.fileName());
            assertThat(e.firstAcceptedFile()).isEqualTo(early.fileName());
            assertThat(e.deadline()).isEqualTo(LocalDateTime.of(2025, 3, 10, 23, 59, 59));
            assertThat(e.onTime()).as("on time, then replaced late, is on time").isTrue();
        });
    }

    @Test
    void aResubmissionRejectedWholeLeavesTheEarlierOneEffective() {
        FileResult good = file("population", "20250305T100000", "csv", "population_utf8.csv");
        FileResult bad = file("population", "20250308T100000", "csv", "population_two_rows.csv");
        Resolution r = resolver.resolve(List.of(good, bad));
        assertThat(byName(r).get(bad.fileName())).satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(f.reason()).isEqualTo(RejectReason.ROW_COUNT);
            assertThat(f.rowsRead()).isEqualTo(2);
            assertThat(f.rowsRejected()).isEqualTo(2);
        });
        assertThat(byName(r).get(good.fileName()).effective()).isTrue();
        assertThat(r.effective()).singleElement().extracting(EffectiveSubmission::file).isEqualTo(good.fileName());
    }

    @Test
    void rejectedWholeOnTimeThenAcceptedLateIsLate() {
        FileResult bad = file("population", "20250305T100000", "csv", "population_two_rows.csv");
        FileResult good = file("population", "20250311T000000", "csv", "population_utf8.csv");
        Resolution r = resolver.resolve(List.of(good, bad));
        assertThat(r.effective()).singleElement().satisfies(e -> {
            assertThat(e.firstAcceptedFile()).isEqualTo(good.fileName());
            assertThat(e.onTime()).isFalse();
        });
    }

    @Test
    void differentContentUnderOneSubmittedAtIsAConflictAndTheEarlierStaysEffective() {
        FileResult earlier = file("funds", "20250303T100000", "csv", "funds_amounts.csv");
        FileResult csv = file("funds", "20250305T100000", "csv", "funds_same.csv");
        FileResult json = file("funds", "20250305T100000", "json", "funds_different.json");
        Resolution r = resolver.resolve(List.of(earlier, csv, json));
        Map<String, FileOutcome> o = byName(r);
        for (FileResult twin : List.of(csv, json)) {
            assertThat(o.get(twin.fileName())).satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(Outcome.CONFLICT);
                assertThat(f.reason()).isEqualTo(RejectReason.CONFLICTING_SUBMISSION);
                assertThat(f.rowsRead()).isZero();
                assertThat(f.encoding()).isEqualTo("utf-8");
            });
        }
        assertThat(r.effective()).singleElement().extracting(EffectiveSubmission::file).isEqualTo(earlier.fileName());
    }

    @Test
    void theSameSubmissionTwiceIsIngestedOnceFirstByName() {
        FileResult csv = file("funds", "20250305T100000", "csv", "funds_same.csv");
        FileResult json = file("funds", "20250305T100000", "json", "funds_same.json");
        Resolution r = resolver.resolve(List.of(json, csv));
        Map<String, FileOutcome> o = byName(r);
        assertThat(o.get(csv.fileName()).outcome()).isEqualTo(Outcome.INGESTED);
        assertThat(o.get(csv.fileName()).effective()).isTrue();
        assertThat(o.get(json.fileName())).satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.DUPLICATE_IGNORED);
            assertThat(f.reason()).isNull();
            assertThat(f.message()).isEqualTo("same content as " + csv.fileName());
            assertThat(f.rowsRead()).isZero();
        });
    }

    @Test
    void anUnreadableFileBesideAReadableTwinIsAConflictButIdenticalBytesAreADuplicate() {
        FileResult readable = file("funds", "20250305T100000", "csv", "funds_same.csv");
        FileResult unreadable = file("funds", "20250305T100000", "json", "funds_nul_bytes.csv");
        Map<String, FileOutcome> o = byName(resolver.resolve(List.of(readable, unreadable)));
        assertThat(o.values()).extracting(FileOutcome::outcome).containsOnly(Outcome.CONFLICT);

        FileResult binary = file("funds", "20250305T100000", "csv", "funds_nul_bytes.csv");
        Map<String, FileOutcome> twins = byName(resolver.resolve(List.of(binary, unreadable)));
        assertThat(twins.get(binary.fileName()).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(twins.get(unreadable.fileName()).outcome()).isEqualTo(Outcome.DUPLICATE_IGNORED);
    }

    @Test
    void identicalContentUnderALaterSubmittedAtIsAnOrdinaryResubmission() {
        FileResult first = file("funds", "20250305T100000", "csv", "funds_same.csv");
        FileResult again = file("funds", "20250306T100000", "csv", "funds_same.csv");
        Resolution r = resolver.resolve(List.of(first, again));
        assertThat(r.outcomes()).extracting(FileOutcome::outcome).containsOnly(Outcome.INGESTED);
        assertThat(r.effective().get(0).file()).isEqualTo(again.fileName());
    }

    @Test
    void badNamesAndUnknownCommunitiesAreRejectedAlone() {
        FileResult bad = validator.validate("notes.txt", new byte[0]).summary();
        Resolution r = resolver.resolve(List.of(bad));
        assertThat(r.outcomes()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(f.reason()).isEqualTo(RejectReason.BAD_FILE_NAME);
            assertThat(f.name()).isNull();
        });
        assertThat(r.effective()).isEmpty();
    }
}
