package commstat.jobs.ingest;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Wall-clock local time for run logs only; no table value is ever taken from it. */
final class RunClock {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private RunClock() {
    }

    static String now() {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS));
    }
}
