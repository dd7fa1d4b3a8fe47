package commstat.jobs.ingest;

import java.io.PrintStream;

/** Progress lines for a person watching a run; quiet in tests. */
public final class ProgressLog {
    private final PrintStream out;

    private ProgressLog(PrintStream out) {
        this.out = out;
    }

    public static ProgressLog to(PrintStream out) {
        return new ProgressLog(out);
    }

    public static ProgressLog quiet() {
        return new ProgressLog(null);
    }

    public void info(String format, Object... args) {
        if (out != null) {
            out.println(String.format(format, args));
            out.flush();
        }
    }
}
