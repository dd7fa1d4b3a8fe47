package commstat.server;

import commstat.server.web.CookieSecurity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The server's configuration from three layers, each overriding the one before: a properties file
 * ({@code --config}, keys as in {@link #KEYS}), environment variables ({@code COMMSTAT_} + the key in upper case),
 * command-line options. Unknown keys in the file are an error (a typo would otherwise be silently ignored).
 */
public final class ServerSettings {
    /** The keys of the file; the environment variable of each is {@code COMMSTAT_<KEY>}. */
    public static final Set<String> KEYS = Set.of("warehouse", "host", "port", "users_file", "landing",
            "cookie_secure", "session_idle_minutes", "snapshot_check_millis", "cache_mb", "upload_max_bytes");

    private ServerSettings() {
    }

    /**
     * The configuration: {@code file} (may be null), then {@code env}, then {@code options} (command-line values,
     * null entries absent).
     */
    public static ServerConfig load(Path file, Map<String, String> env, Map<String, String> options) {
        Properties p = new Properties();
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the configuration file " + file, e);
            }
            Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
            unknown.removeAll(KEYS);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(file + ": unknown key(s) " + unknown + "; known: " + new TreeSet<>(KEYS));
            }
        }
        for (String key : KEYS) {
            String v = env.get("COMMSTAT_" + key.toUpperCase(Locale.ROOT));
            if (v != null && !v.isBlank()) {
                p.setProperty(key, v.trim());
            }
        }
        options.forEach((k, v) -> {
            if (v != null) {
                p.setProperty(k, v);
            }
        });
        return new ServerConfig(
                Path.of(p.getProperty("warehouse", ".commstat/demo/warehouse")),
                p.getProperty("host", ServerConfig.DEFAULT_HOST),
                integer(p, "port", ServerConfig.DEFAULT_PORT),
                Path.of(p.getProperty("users_file", ServerConfig.DEFAULT_USERS_FILE.toString())),
                p.getProperty("landing") == null ? null : Path.of(p.getProperty("landing")),
                CookieSecurity.parse(p.getProperty("cookie_secure", "auto")),
                Duration.ofMinutes(integer(p, "session_idle_minutes", (int) ServerConfig.DEFAULT_SESSION_IDLE.toMinutes())),
                Duration.ofMillis(integer(p, "snapshot_check_millis", (int) ServerConfig.DEFAULT_SNAPSHOT_CHECK.toMillis())),
                (long) integer(p, "cache_mb", (int) (ServerConfig.DEFAULT_CACHE_BYTES >> 20)) << 20,
                integer(p, "upload_max_bytes", (int) ServerConfig.DEFAULT_UPLOAD_MAX_BYTES));
    }

    private static int integer(Properties p, String key, int defaultValue) {
        String v = p.getProperty(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + v + "' is not a whole number", e);
        }
    }
}
