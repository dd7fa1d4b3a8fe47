package commstat.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip-bomb guard run before POI opens the package: every entry is inflated into nothing while the sizes
 * are counted, so an entry or a total beyond the limits stops the read before anything is kept in memory.
 * POI's own guard (ZipSecureFile) is global static state; this one is local to the call.
 */
final class ZipLimits {
    static final long MAX_ENTRY_BYTES = 100L << 20;
    static final long MAX_TOTAL_BYTES = 200L << 20;
    static final int MAX_ENTRIES = 1_000;
    /** Inflated size may be at most this many times the whole file (real XLSX stay well under 100). */
    static final long MAX_RATIO = 200;

    private ZipLimits() {
    }

    static void check(byte[] bytes) throws UnreadableFileException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16384];
        long maxTotal = Math.min(MAX_TOTAL_BYTES, Math.max(1L << 20, bytes.length * MAX_RATIO));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableFileException("not a readable XLSX workbook: more than " + MAX_ENTRIES
                            + " zip entries", null);
                }
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > maxTotal) {
                        throw new UnreadableFileException("not a readable XLSX workbook: " + entry.getName()
                                + " inflates beyond the size limit (zip bomb?)", null);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFileException("not a readable XLSX workbook: " + e.getMessage(), null, e);
        }
        if (entries == 0) {
            throw new UnreadableFileException("not a readable XLSX workbook: not a zip archive", null);
        }
    }
}
