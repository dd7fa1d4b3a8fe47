package commstat.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import commstat.jobs.publish.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mart stage whose inputs did not change since the published snapshot takes its tables over from it; one whose
 * inputs changed is computed; either way the snapshot is the bytes a full run builds.
 */
class StageReuseTest {
    @TempDir
    Path tmp;

    @Test
    void stagesWithUnchangedInputsAreTakenOverAndTheSnapshotEqualsAFullRuns() {
        Path landing = TinyLanding.copy(tmp.resolve("landing"), TinyLanding::firstHalf);
        Path root = tmp.resolve("root");
        assertThat(NightlyRuns.inProcess(landing, root, false).exitCode()).isZero();
        String first = new SnapshotStore(root).currentName().orElseThrow();
        assertThat(martStages(root, 0).values()).containsOnly("no previous snapshot");

        // nothing new: the stages are taken over, the first year's assessment too (the second year's rewrote its
        // tables, but left the first year's rows as they were)
        assertThat(NightlyRuns.inProcess(landing, root, false).exitCode()).isZero();
        assertThat(new SnapshotStore(root).currentName().orElseThrow()).isEqualTo(first);
        Map<String, String> second = martStages(root, 1);
        assertThat(second).containsEntry("funds", "taken over from " + first)
                .containsEntry("assessment 2026", "taken over from " + first)
                .containsEntry("statistics", "taken over from " + first)
                .containsEntry("assessment 2025", "taken over from " + first);
        JsonNode funds = stage(NightlyRuns.records(root).get(1), "funds");
        assertThat(funds.path("details").path("tables").size()).isGreaterThan(5);

        // an employment file resubmitted: the funds read only the funds rows of the submissions, so they are
        // taken over; the statistics read the employment rows and are computed
        String resubmitted = TinyLanding.resubmit(landing);
        assertThat(NightlyRuns.inProcess(landing, root, false).exitCode()).isZero();
        String third = new SnapshotStore(root).currentName().orElseThrow();
        assertThat(third).isNotEqualTo(first);
        Map<String, String> stages = martStages(root, 2);
        assertThat(stages.get("funds")).isEqualTo("taken over from " + first);
        assertThat(stages.get("statistics")).startsWith("its input ").endsWith(" changed");
        // an assessment reads only the rows its year needs: a file of 2026 leaves 2025's as it was
        if (resubmitted.contains("_employment_2026-")) {
            assertThat(stages.get("assessment 2025")).isEqualTo("taken over from " + first);
        } else {
            assertThat(stages.get("assessment 2025")).startsWith("its input ").endsWith(" changed");
        }
        // but the tables that read no employment rows (the floating and population marts, and the public tables
        // made of them) are taken over within it
        JsonNode statistics = stage(NightlyRuns.records(root).get(2), "statistics");
        assertThat(statistics.path("details").path("parts_taken_over").toString())
                .isEqualTo("[\"floating_active_monthly\",\"population_monthly\",\"public_statistics\"]");

        Path full = tmp.resolve("full");
        assertThat(NightlyRuns.inProcess(landing, full, true).exitCode()).isZero();
        assertThat(new SnapshotStore(full).currentName().orElseThrow()).isEqualTo(third);
        // every file but the PDFs, which keep the snapshot id they were first published with (docs/DECISIONS.md)
        Map<String, String> incremental = withoutReports(SnapshotFiles.digests(root.resolve("snapshots").resolve(third)));
        assertThat(incremental).isEqualTo(withoutReports(SnapshotFiles.digests(full.resolve("snapshots").resolve(third))))
                .containsKey(SnapshotStore.STAGE_INPUTS).containsKey("fund_flags/part-00000.parquet");
    }

    private static Map<String, String> withoutReports(Map<String, String> digests) {
        digests.keySet().removeIf(f -> f.startsWith(SnapshotStore.REPORTS + "/"));
        return digests;
    }

    /** Stage name to "taken over from X" or why it was computed, for the memoized stages of the n-th run record. */
    private static Map<String, String> martStages(Path root, int n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode s : NightlyRuns.records(root).get(n).path("stages")) {
            JsonNode d = s.path("details");
            if (d.has("taken_over_from")) {
                out.put(s.path("name").asText(), "taken over from " + d.path("taken_over_from").asText());
            } else if (d.has("computed_because")) {
                out.put(s.path("name").asText(), d.path("computed_because").asText());
            }
        }
        assertThat(out.keySet()).as("the memoized stages").containsExactly("funds", "assessment 2025",
                "assessment 2026", "statistics");
        return out;
    }

    private static JsonNode stage(JsonNode record, String name) {
        for (JsonNode s : record.path("stages")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name + " in " + record);
    }
}
