package commstat.server;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: starts the server on a warehouse and blocks until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the warehouse's published snapshot (HTML and JSON). Settings: --config file, then "
                + "COMMSTAT_* environment variables, then these options (docs/SERVER.md).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file (keys: docs/SERVER.md).")
    Path configFile;

    @Option(names = "--warehouse", paramLabel = "DIR",
            description = "The warehouse root (default: .commstat/demo/warehouse).")
    Path warehouse;

    @Option(names = "--host", description = "The address to listen on (default: " + ServerConfig.DEFAULT_HOST + ").")
    String host;

    @Option(names = "--port", description = "The port to listen on, 0 for any free port (default: "
            + ServerConfig.DEFAULT_PORT + ").")
    Integer port;

    @Option(names = "--users-file", paramLabel = "FILE", description = "The accounts (default: .commstat/users.json).")
    Path usersFile;

    @Option(names = "--landing", paramLabel = "DIR", description = "The landing area uploads go to (default: none, no uploads).")
    Path landing;

    /** The configuration from the file, the environment and these options. */
    ServerConfig config(Map<String, String> env) {
        Map<String, String> options = new HashMap<>();
        options.put("warehouse", warehouse == null ? null : warehouse.toString());
        options.put("host", host);
        options.put("port", port == null ? null : port.toString());
        options.put("users_file", usersFile == null ? null : usersFile.toString());
        options.put("landing", landing == null ? null : landing.toString());
        return ServerSettings.load(configFile, env, options);
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            config = config(System.getenv());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        Javalin app = ServerApp.create(config).start();
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C / SIGTERM: stop Jetty and close DuckDB before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "commstat-server-stop"));
        System.out.println("commstat server: http://" + urlHost(config.host()) + ":" + app.port() + "/"
                + "  (warehouse " + config.warehouse() + ", users " + config.usersFile()
                + (config.landing() == null ? ", uploads off" : ", landing " + config.landing()) + ")");
        stopped.await();
        return 0;
    }

    private static String urlHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
