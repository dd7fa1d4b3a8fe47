package commstat.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins: at most {@code perUser} failures per user name and {@code perAddress} per client address
 * within {@code window}; beyond that every attempt is refused (429) until the oldest failure leaves the window,
 * whether the password is right or not. A success clears the user name's failures.
 */
public final class LoginThrottle {
    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int perUser, int perAddress, Duration window, Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds until an attempt is allowed again, or 0 when it is allowed now. */
    public long retryAfterSeconds(String user, String address) {
        return Math.max(wait(userKey(user), perUser), wait(addressKey(address), perAddress));
    }

    public void failed(String user, String address) {
        record(userKey(user));
        record(addressKey(address));
    }

    public void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private long wait(String key, int limit) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant now = clock.instant();
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() < limit) {
                return 0;
            }
            return Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private static String userKey(String user) {
        return "u:" + (user == null ? "" : user.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
