package commstat.server.runs;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One nightly run as the history lists it, from its record {@code <root>/runs/<run-id>.json} (written by the
 * nightly, format in docs/DATA.md): status, exit code, times, the run date and snapshot it made, and its stages.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(String runId, String status, Integer exitCode, String startedAt, String finishedAt,
                         String runDate, String snapshot, Long millis, String error, List<Stage> stages) {
    public RunSummary {
        requireNonNull(runId, "runId is null");
        requireNonNull(status, "status is null");
        stages = List.copyOf(stages);
    }

    /** A stage of the run: its name, status, start, duration, counts ({@code details}) and error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stage(String name, String status, String startedAt, Long millis, List<Detail> details, String error) {
        public Stage {
            requireNonNull(name, "name is null");
            details = List.copyOf(details);
        }
    }

    /** A count or fact of a stage ({@code files: 31022}), its value as the record holds it. */
    public record Detail(String name, String value) {
    }

    /** The run failed, died or left an unreadable record: the page marks it. */
    public boolean isBad() {
        return "failed".equals(status) || "died".equals(status) || "unreadable".equals(status);
    }
}
