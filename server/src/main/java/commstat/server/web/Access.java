package commstat.server.web;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Who may call a route: the roles allowed, and optionally a path parameter naming a unit (community or district
 * code) that must lie inside the caller's unit. The gate answers a caller without a role 401 (API) or a redirect to
 * the login page (pages) when anonymous, 403 when logged in; a unit outside the caller's scope 404, so that
 * another unit's existence is not leaked ({@code shared/domain.md}).
 */
public record Access(Set<Role> roles, Scope scope, String param) {
    /** What the path parameter {@link #param} names. */
    public enum Scope {
        /** No unit in the path: the role alone decides. */
        NONE,
        /** A 12-digit community code. */
        COMMUNITY,
        /** A 6-digit district code. */
        DISTRICT
    }

    public Access {
        requireNonNull(roles, "roles is null");
        requireNonNull(scope, "scope is null");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an access without roles would deny everyone: name the roles");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        if ((scope == Scope.NONE) != (param == null)) {
            throw new IllegalArgumentException("scope " + scope + " with path parameter " + param
                    + ": a scoped access names its parameter, an unscoped one none");
        }
    }

    /** Everyone, logged in or not. */
    public static Access anyone() {
        return new Access(EnumSet.allOf(Role.class), Scope.NONE, null);
    }

    /** Only these roles (never anonymous unless {@link Role#PUBLIC} is listed). */
    public static Access roles(Role first, Role... more) {
        return new Access(EnumSet.of(first, more), Scope.NONE, null);
    }

    /** The same roles, and the path parameter {@code param} is a community code inside the caller's unit. */
    public Access community(String param) {
        return new Access(roles, Scope.COMMUNITY, requireNonNull(param, "param is null"));
    }

    /** The same roles, and the path parameter {@code param} is a district code inside the caller's unit. */
    public Access district(String param) {
        return new Access(roles, Scope.DISTRICT, requireNonNull(param, "param is null"));
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    public boolean isPublic() {
        return roles.contains(Role.PUBLIC);
    }
}
