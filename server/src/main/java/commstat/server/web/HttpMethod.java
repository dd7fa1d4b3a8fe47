package commstat.server.web;

import io.javalin.http.HandlerType;

/** The methods routes use. Anything but GET changes state and needs a CSRF token unless called with a bearer token. */
public enum HttpMethod {
    GET(HandlerType.GET), POST(HandlerType.POST), PUT(HandlerType.PUT), DELETE(HandlerType.DELETE);

    private final HandlerType javalin;

    HttpMethod(HandlerType javalin) {
        this.javalin = javalin;
    }

    HandlerType javalin() {
        return javalin;
    }

    public boolean changesState() {
        return this != GET;
    }
}
