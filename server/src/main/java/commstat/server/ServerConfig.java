package commstat.server;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * What the server needs to start: the warehouse folder it reads (see {@code docs/DATA.md}) and where it listens.
 * Port 0 picks a free port (tests).
 */
public record ServerConfig(Path warehouse, String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(host, "host is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        warehouse = warehouse.toAbsolutePath().normalize();
    }

    /** The default host and port, for this warehouse. */
    public static ServerConfig of(Path warehouse) {
        return new ServerConfig(warehouse, DEFAULT_HOST, DEFAULT_PORT);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(warehouse, host, newPort);
    }
}
