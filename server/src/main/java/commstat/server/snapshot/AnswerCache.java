package commstat.server.snapshot;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finished answers (bytes, content type, ETag) of one snapshot, by request key. Bounded by bytes: once full, new
 * answers are built per request and not kept (a snapshot's answers change only with the next snapshot, so nothing
 * needs evicting before that). Two requests racing for the same key may both build it; one answer is kept.
 */
public final class AnswerCache {
    /** One answer as sent. */
    public record Answer(byte[] body, String contentType, String etag) {
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
        if (bytes.addAndGet(answer.body().length) > maxBytes) {
            bytes.addAndGet(-answer.body().length);
            return answer;
        }
        Answer earlier = answers.putIfAbsent(key, answer);
        if (earlier != null) {
            bytes.addAndGet(-answer.body().length);
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
