package commstat.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test hook for the kill drills: when the system property {@code commstat.drill.pause} (or the environment
 * variable {@code COMMSTAT_DRILL_PAUSE}) names a point the run reaches, the run writes the point's name to the file
 * named by {@code commstat.drill.signal} / {@code COMMSTAT_DRILL_SIGNAL} and waits there for ever, so a test can
 * kill it at exactly that point. Unset (always, outside tests), it does nothing.
 */
public final class DrillPause {
    static final String PROPERTY = "commstat.drill.pause";
    static final String SIGNAL_PROPERTY = "commstat.drill.signal";

    private DrillPause() {
    }

    public static void at(String point) {
        String wanted = System.getProperty(PROPERTY, System.getenv("COMMSTAT_DRILL_PAUSE"));
        if (wanted == null || !wanted.equals(point)) {
            return;
        }
        String signal = System.getProperty(SIGNAL_PROPERTY, System.getenv("COMMSTAT_DRILL_SIGNAL"));
        if (signal != null) {
            try {
                Files.writeString(Path.of(signal), point + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the drill signal " + signal, e);
            }
        }
        System.out.println("drill: paused at " + point);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("drill pause at " + point + " interrupted", e);
            }
        }
    }
}
