package commstat.server.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The users file: a JSON array of {@link User}s ({@code name, role, unit, password_hash, tokens}), written whole to
 * a temporary file and renamed (readers never see half a file), owner-readable only. The server reads it again
 * when its change time moves, so {@code ./commstat users add} takes effect without a restart.
 */
public final class UsersFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private volatile Loaded loaded = new Loaded(null, List.of(), Map.of(), Map.of());

    private record Loaded(FileTime changedAt, List<User> users, Map<String, User> byName, Map<String, User> byToken) {
    }

    public UsersFile(Path file) {
        this.file = requireNonNull(file, "file is null").toAbsolutePath().normalize();
    }

    public Path path() {
        return file;
    }

    /** Every user, by name. A missing file has none. */
    public List<User> users() {
        return current().users();
    }

    public Optional<User> byName(String name) {
        return Optional.ofNullable(current().byName().get(name));
    }

    /** The user holding this API token (the secret as presented). */
    public Optional<User> byToken(String secret) {
        return Optional.ofNullable(current().byToken().get(Tokens.sha256(secret)));
    }

    private Loaded current() {
        FileTime changedAt;
        try {
            changedAt = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            changedAt = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Loaded l = loaded;
        if (java.util.Objects.equals(changedAt, l.changedAt())) {
            return l;
        }
        synchronized (this) {
            List<User> users = changedAt == null ? List.of() : read();
            Map<String, User> byName = new HashMap<>();
            Map<String, User> byToken = new HashMap<>();
            for (User u : users) {
                if (byName.put(u.name(), u) != null) {
                    throw new IllegalStateException(file + ": user " + u.name() + " appears twice");
                }
                u.tokens().forEach(t -> byToken.put(t.sha256(), u));
            }
            loaded = new Loaded(changedAt, List.copyOf(users), Map.copyOf(byName), Map.copyOf(byToken));
            return loaded;
        }
    }

    private List<User> read() {
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<User>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the users file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces a user; the file is rewritten atomically. */
    public synchronized void put(User user) {
        List<User> users = new ArrayList<>(users());
        users.removeIf(u -> u.name().equals(user.name()));
        users.add(user);
        write(users);
    }

    /** Removes a user; false when there was none of that name. */
    public synchronized boolean remove(String name) {
        List<User> users = new ArrayList<>(users());
        boolean removed = users.removeIf(u -> u.name().equals(name));
        if (removed) {
            write(users);
        }
        return removed;
    }

    private void write(List<User> users) {
        users.sort(Comparator.comparing(User::name));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".users-", ".tmp");
            try {
                setOwnerOnly(tmp);
                JSON.writeValue(tmp.toFile(), users);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the users file " + file, e);
        }
        loaded = new Loaded(null, List.of(), Map.of(), Map.of()); // read again on next use
    }

    private static void setOwnerOnly(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's permissions have to do
        }
    }
}
