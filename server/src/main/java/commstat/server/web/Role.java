package commstat.server.web;

/**
 * The five kinds of users of {@code shared/domain.md} ("Who may see what"). {@link #PUBLIC} is nobody logged in;
 * every other role comes from the users file with the unit it may see.
 */
public enum Role {
    PUBLIC, COMMITTEE, DISTRICT, FINANCE, ADMIN
}
