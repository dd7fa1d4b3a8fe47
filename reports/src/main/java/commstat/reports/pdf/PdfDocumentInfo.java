package commstat.reports.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;

/**
 * What a PDF says about itself. The creation date and the document ID are derived from the run
 * date and the snapshot, never from the wall clock, so a rerun writes the same bytes.
 */
public record PdfDocumentInfo(String title, String author, LocalDate runDate, String snapshotId) {

    /** Local time of the city: the run date's midnight in Asia/Shanghai is the creation date. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public PdfDocumentInfo {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(author, "author is null");
        Objects.requireNonNull(runDate, "runDate is null");
        Objects.requireNonNull(snapshotId, "snapshotId is null");
    }

    /** The run date at 00:00 city time, as PDF dates want a calendar. */
    public Calendar creationCalendar() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZONE));
        calendar.clear();
        calendar.set(runDate.getYear(), runDate.getMonthValue() - 1, runDate.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    /** 16 bytes of SHA-256 over title, run date and snapshot: stable, and different per document. */
    public byte[] documentId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (title + '\n' + runDate + '\n' + snapshotId).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
