package commstat.server;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: starts the server on a warehouse and blocks until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the ingest report (HTML and JSON) from a warehouse folder.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = ".commstat/demo/warehouse",
            description = "The warehouse folder (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "The port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = new ServerConfig(warehouse, host, port);
        Javalin app = ServerApp.create(config).start();
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C / SIGTERM: stop Jetty and close DuckDB before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "commstat-server-stop"));
        System.out.println("commstat server: http://" + urlHost(config.host()) + ":" + app.port() + "/ingest"
                + "  (warehouse " + config.warehouse() + ")");
        stopped.await();
        return 0;
    }

    private static String urlHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
