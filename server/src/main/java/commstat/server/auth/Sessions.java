package commstat.server.auth;

import commstat.server.web.Principal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Logged-in browser sessions, in memory (a restart logs everyone out, which for a handful of office users is
 * acceptable and leaves nothing on disk). A session id is 32 random bytes; each session has its own CSRF token.
 * A session ends after {@code idle} without a request, or at logout.
 */
public final class Sessions {
    /** One session: who, its CSRF token, until when it lives unless used again. */
    public record Session(String id, Principal principal, String csrf, Instant expires) {
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public Sessions(Duration idle, Clock clock) {
        this.idle = requireNonNull(idle, "idle is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Session create(Principal principal) {
        sweep();
        Session s = new Session(Tokens.random(), principal, Tokens.random(), clock.instant().plus(idle));
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session of this id, its life extended; empty for an unknown or expired id. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session s = sessions.computeIfPresent(id, (k, old) -> old.expires().isBefore(now) ? null
                : new Session(old.id(), old.principal(), old.csrf(), now.plus(idle)));
        return Optional.ofNullable(s);
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Ends every session of a user (the user was removed or changed). */
    public void endAllOf(String userName) {
        sessions.values().removeIf(s -> s.principal().name().equals(userName));
    }

    public Duration idle() {
        return idle;
    }

    private void sweep() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> s.expires().isBefore(now));
    }
}
