package commstat.jobs.nightly;

import java.util.Map;

/**
 * One stage of the nightly run. Stages run in list order ({@link NightlyStages}); each writes into the snapshot
 * being built ({@link NightlyContext#building()}) and returns what it did for the summary and the run record.
 */
public interface NightlyStage {
    String name();

    Result run(NightlyContext context) throws Exception;

    /**
     * @param details counts for the run record (JSON-friendly values)
     * @param text    lines for the summary printed at the end, may be empty
     */
    record Result(Map<String, ?> details, String text) {
        public static Result of(Map<String, ?> details) {
            return new Result(details, "");
        }
    }

    static NightlyStage of(String name, Body body) {
        return new NightlyStage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Result run(NightlyContext context) throws Exception {
                return body.run(context);
            }
        };
    }

    @FunctionalInterface
    interface Body {
        Result run(NightlyContext context) throws Exception;
    }
}
