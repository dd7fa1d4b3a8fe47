package commstat.server.snapshot;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finished answers (bytes, content type, ETag) of one snapshot, by request key. Bounded by bytes: once full, new
 * answers are built per request and not kept (a snapshot's answers change only with the next snapshot, so nothing
 * needs evicting before that). Two requests racing for the same key may both build it; one answer is kept.
 */
public final class AnswerCache {
    /**
     * One answer as sent: the body, and gzipped once here (null when not worth it) so that no request compresses
     * it again.
     */
    public record Answer(byte[] body, byte[] gzipped, String contentType, String etag) {
        /** Below this, gzip gains too little to pay for itself (Javalin's own threshold). */
        static final int MIN_GZIP = 1500;

        public static Answer of(byte[] body, String contentType, String etag) {
            return new Answer(body, compressible(contentType) && body.length >= MIN_GZIP ? gzip(body) : null,
                    contentType, etag);
        }

        long size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }

        /** Text is; PNG is compressed already. */
        private static boolean compressible(String contentType) {
            return contentType.startsWith("text/") || contentType.startsWith("application/json")
                    || contentType.startsWith("image/svg+xml");
        }

        private static byte[] gzip(byte[] body) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
                z.write(body);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // in memory: does not happen
            }
            return out.size() < body.length ? out.toByteArray() : null;
        }
    }

    private final long maxBytes;
    private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Answer get(String key) {
        return answers.get(key);
    }

    /** Keeps the answer if there is room; returns the answer kept for the key (this one or an earlier one). */
    public Answer put(String key, Answer answer) {
        if (bytes.addAndGet(answer.size()) > maxBytes) {
            bytes.addAndGet(-answer.size());
            return answer;
        }
        Answer earlier = answers.putIfAbsent(key, answer);
        if (earlier != null) {
            bytes.addAndGet(-answer.size());
            return earlier;
        }
        return answer;
    }

    public int size() {
        return answers.size();
    }

    public long bytes() {
        return bytes.get();
    }
}
