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
     * For a stage that only reads and writes warehouse tables: everything besides those tables and the code that
     * its result depends on (years, run date, settings), as a string. The nightly then takes its tables over from
     * the previous snapshot when these, the code and the tables it read are unchanged ({@link StageMemo}). Null
     * (the default): the stage always runs.
     */
    default String params(NightlyContext context) {
        return null;
    }

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
        return memoized(name, c -> null, body);
    }

    /** A stage whose tables may be taken over from the previous snapshot: see {@link #params}. */
    static NightlyStage memoized(String name, java.util.function.Function<NightlyContext, String> params, Body body) {
        return new NightlyStage() {
            @Override
            public String params(NightlyContext context) {
                return params.apply(context);
            }

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

    /**
     * For a stage that only reads and writes warehouse tables: everything besides those tables and the code that
     * its result depends on (years, run date, settings), as a string. The nightly then takes its tables over from
     * the previous snapshot when these, the code and the tables it read are unchanged ({@link StageMemo}). Null
     * (the default): the stage always runs.
     */
    default String params(NightlyContext context) {
        return null;
    }
    }
}
