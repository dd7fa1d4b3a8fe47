package commstat.server.web;

import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Who makes a request: a user name, a role and the unit the role is limited to, as a code prefix. An empty unit
 * is the whole city (PUBLIC, ADMIN, a city-wide FINANCE account); a committee's unit is its 12-digit community
 * code, a district office's its 6-digit district code, a district finance account's its district code.
 */
public record Principal(String name, Role role, String unit) {
    private static final Pattern COMMUNITY = Pattern.compile("\\d{12}");
    private static final Pattern DISTRICT = Pattern.compile("\\d{6}");

    public static final Principal ANONYMOUS = new Principal("", Role.PUBLIC, "");

    public Principal {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        requireNonNull(unit, "unit is null");
        switch (role) {
            case PUBLIC, ADMIN -> {
                if (!unit.isEmpty()) {
                    throw new IllegalArgumentException(role + " " + name + " has a unit (" + unit + "); it sees the city");
                }
            }
            case COMMITTEE -> {
                if (!COMMUNITY.matcher(unit).matches()) {
                    throw new IllegalArgumentException("COMMITTEE " + name + " needs a 12-digit community code, not '" + unit + "'");
                }
            }
            case DISTRICT -> {
                if (!DISTRICT.matcher(unit).matches()) {
                    throw new IllegalArgumentException("DISTRICT " + name + " needs a 6-digit district code, not '" + unit + "'");
                }
            }
            case FINANCE -> {
                if (!unit.isEmpty() && !DISTRICT.matcher(unit).matches()) {
                    throw new IllegalArgumentException("FINANCE " + name
                            + " has no unit (the city) or a 6-digit district code, not '" + unit + "'");
                }
            }
        }
    }

    public boolean isAnonymous() {
        return role == Role.PUBLIC;
    }

    /**
     * Whether the unit {@code code} (a community or district code) lies inside this principal's unit: codes nest
     * by prefix (district 6 + street 3 + community 3 digits). A committee covers no district code.
     */
    public boolean covers(String code) {
        return code != null && !code.isEmpty() && code.startsWith(unit);
    }

    /** Role and unit: the part of a principal that changes what an answer holds (cache and ETag key). */
    public String scopeKey() {
        return role + ":" + unit;
    }
}
