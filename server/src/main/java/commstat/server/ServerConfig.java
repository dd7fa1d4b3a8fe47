package commstat.server;

import commstat.server.web.CookieSecurity;

import java.nio.file.Path;
import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * What the server needs to start. {@code warehouse} is the warehouse root ({@code <root>/current} names the
 * snapshot served; without it the root itself is served). {@code usersFile} holds the accounts (a missing file
 * means nobody can log in: only public routes answer). {@code landing} is the landing area whose {@code inbox/}
 * receives uploads and whose {@code reference/} they are checked against (null: uploads are refused). Port 0
 * picks a free port (tests). {@code docs/SERVER.md} lists the file keys and environment variables.
 */
public record ServerConfig(Path warehouse, String host, int port, Path usersFile, Path landing,
                           CookieSecurity cookieSecure, Duration sessionIdle, Duration snapshotCheck,
                           long cacheBytes, long uploadMaxBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final Path DEFAULT_USERS_FILE = Path.of(".commstat/users.json");
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofHours(8);
    public static final Duration DEFAULT_SNAPSHOT_CHECK = Duration.ofSeconds(1);
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    public static final long DEFAULT_UPLOAD_MAX_BYTES = 16L << 20;

    public ServerConfig {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(host, "host is null");
        requireNonNull(usersFile, "usersFile is null");
        requireNonNull(cookieSecure, "cookieSecure is null");
        requireNonNull(sessionIdle, "sessionIdle is null");
        requireNonNull(snapshotCheck, "snapshotCheck is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("session idle time " + sessionIdle + " is not positive");
        }
        if (snapshotCheck.isNegative()) {
            throw new IllegalArgumentException("snapshot check interval " + snapshotCheck + " is negative");
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cache size " + cacheBytes + " is negative");
        }
        if (uploadMaxBytes < 1) {
            throw new IllegalArgumentException("upload limit " + uploadMaxBytes + " is not positive");
        }
        warehouse = warehouse.toAbsolutePath().normalize();
        usersFile = usersFile.toAbsolutePath().normalize();
        landing = landing == null ? null : landing.toAbsolutePath().normalize();
    }

    /** The defaults for everything but the warehouse, host and port. */
    public ServerConfig(Path warehouse, String host, int port) {
        this(warehouse, host, port, DEFAULT_USERS_FILE, null, CookieSecurity.AUTO, DEFAULT_SESSION_IDLE,
                DEFAULT_SNAPSHOT_CHECK, DEFAULT_CACHE_BYTES, DEFAULT_UPLOAD_MAX_BYTES);
    }

    /** The default host and port, for this warehouse. */
    public static ServerConfig of(Path warehouse) {
        return new ServerConfig(warehouse, DEFAULT_HOST, DEFAULT_PORT);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(warehouse, host, newPort, usersFile, landing, cookieSecure, sessionIdle,
                snapshotCheck, cacheBytes, uploadMaxBytes);
    }

    public ServerConfig withUsersFile(Path file) {
        return new ServerConfig(warehouse, host, port, file, landing, cookieSecure, sessionIdle,
                snapshotCheck, cacheBytes, uploadMaxBytes);
    }

    public ServerConfig withLanding(Path dir) {
        return new ServerConfig(warehouse, host, port, usersFile, dir, cookieSecure, sessionIdle,
                snapshotCheck, cacheBytes, uploadMaxBytes);
    }

    public ServerConfig withSnapshotCheck(Duration every) {
        return new ServerConfig(warehouse, host, port, usersFile, landing, cookieSecure, sessionIdle,
                every, cacheBytes, uploadMaxBytes);
    }

    public ServerConfig withUploadMaxBytes(long bytes) {
        return new ServerConfig(warehouse, host, port, usersFile, landing, cookieSecure, sessionIdle,
                snapshotCheck, cacheBytes, bytes);
    }

    public ServerConfig withCookieSecure(CookieSecurity secure) {
        return new ServerConfig(warehouse, host, port, usersFile, landing, secure, sessionIdle,
                snapshotCheck, cacheBytes, uploadMaxBytes);
    }
}
