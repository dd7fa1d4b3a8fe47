package commstat.server.marts;

/** The roles of domain.md "Who may see what". */
public enum Role {
    PUBLIC, COMMITTEE, DISTRICT, FINANCE, ADMIN
}
