package commstat.server.marts;

import commstat.server.web.Role;

import static java.util.Objects.requireNonNull;

/**
 * Who asks, as the feature queries need it: a role and the unit it is bound to (a 12-digit community for
 * COMMITTEE, a 6-digit district for DISTRICT and a district-bound FINANCE account, none for the city).
 */
public record Scope(Role role, String unitCode) {
    public static final Scope PUBLIC = new Scope(Role.PUBLIC, null);
    public static final Scope ADMIN = new Scope(Role.ADMIN, null);

    public Scope {
        requireNonNull(role, "role is null");
        if (role == Role.COMMITTEE && (unitCode == null || unitCode.length() != 12)) {
            throw new IllegalArgumentException("a COMMITTEE scope needs a 12-digit community code, got " + unitCode);
        }
        if (role == Role.DISTRICT && (unitCode == null || unitCode.length() != 6)) {
            throw new IllegalArgumentException("a DISTRICT scope needs a 6-digit district code, got " + unitCode);
        }
    }

    public static Scope committee(String communityCode) {
        return new Scope(Role.COMMITTEE, communityCode);
    }

    public static Scope district(String districtCode) {
        return new Scope(Role.DISTRICT, districtCode);
    }

    public static Scope finance(String districtCodeOrNull) {
        return new Scope(Role.FINANCE, districtCodeOrNull);
    }

    public boolean isPublic() {
        return role == Role.PUBLIC;
    }

    /** The district this scope is bound to, or null for a city-wide (or community-bound) scope. */
    public String district() {
        return role == Role.DISTRICT || role == Role.FINANCE ? unitCode : null;
    }

    /** Sees everything of the district: ADMIN, its DISTRICT office. */
    public boolean ownsDistrict(String districtCode) {
        return role == Role.ADMIN || role == Role.DISTRICT && unitCode.equals(districtCode);
    }

    /** Sees the assessment detail (indicators, explanation) of this community. */
    public boolean seesAssessmentDetail(String communityCode, String districtCode) {
        return ownsDistrict(districtCode) || role == Role.COMMITTEE && unitCode.equals(communityCode);
    }

    /** Sees the rank intervals and uncertainty (DISTRICT of its district, ADMIN). */
    public boolean seesUncertainty(String districtCode) {
        return ownsDistrict(districtCode);
    }

    /** Sees the consequences of the district's communities (FINANCE within its scope, DISTRICT, ADMIN). */
    public boolean seesConsequences(String districtCode) {
        return ownsDistrict(districtCode) || seesFunds(districtCode);
    }

    /** Sees fund flags, balances, allocations of the district: FINANCE (its scope), DISTRICT (its own), ADMIN. */
    public boolean seesFunds(String districtCode) {
        return switch (role) {
            case ADMIN -> true;
            case FINANCE -> unitCode == null || unitCode.equals(districtCode);
            case DISTRICT -> unitCode.equals(districtCode);
            default -> false;
        };
    }

    /** May use the finance view at all (a district filter still applies). */
    public boolean mayUseFinance() {
        return role == Role.ADMIN || role == Role.FINANCE || role == Role.DISTRICT;
    }

    /** Sees the city-level figures of the finance view (the city's Art. 6 row, the city allocation gap). */
    public boolean seesCityFunds() {
        return role == Role.ADMIN || role == Role.FINANCE && unitCode == null;
    }

    /** Sees exact (unsuppressed) counts of this community. */
    public boolean seesExactCounts(String communityCode, String districtCode) {
        return role == Role.ADMIN || ownsDistrict(districtCode)
                || role == Role.COMMITTEE && unitCode.equals(communityCode);
    }
}
