package commstat.server.auth;

/** What the login page shows: the name typed so far, where to go after login, and an error message key or null. */
public record LoginForm(String user, String next, String error) {
    public LoginForm {
        user = user == null ? "" : user;
        next = LoginFeature.safeNext(next);
    }
}
