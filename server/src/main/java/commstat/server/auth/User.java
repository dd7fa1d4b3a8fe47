package commstat.server.auth;

import commstat.server.web.Principal;
import commstat.server.web.Role;

import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * One account of the users file: name, role, unit (see {@link Principal}), the bcrypt hash of its password (null:
 * no interactive login) and the SHA-256 hashes of its API tokens (a token is 32 random bytes, so a fast hash is
 * enough; a password is not, hence bcrypt).
 */
public record User(String name, Role role, String unit, String passwordHash, List<ApiToken> tokens) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** An API token as stored: an id to revoke it by, and the SHA-256 (hex) of the secret. */
    public record ApiToken(String id, String sha256) {
        public ApiToken {
            requireNonNull(id, "id is null");
            requireNonNull(sha256, "sha256 is null");
        }
    }

    public User {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' is not 1-64 of A-Z a-z 0-9 . _ @ -");
        }
        unit = unit == null ? "" : unit;
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        new Principal(name, role, unit); // checks role and unit together
        if (role == Role.PUBLIC) {
            throw new IllegalArgumentException("user " + name + ": PUBLIC is nobody logged in, not an account's role");
        }
    }

    public Principal principal() {
        return new Principal(name, role, unit);
    }
}
