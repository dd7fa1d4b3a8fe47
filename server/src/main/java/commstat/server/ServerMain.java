package commstat.server;

import picocli.CommandLine;

/** The server's entry point: its command is {@code serve} ({@code ServerMain --warehouse X --port 7070}). */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] a) {
        System.exit(new CommandLine(new ServeCommand()).execute(a));
    }
}
