package commstat.server;

import commstat.server.auth.UsersCommand;
import picocli.CommandLine;

/**
 * The server module's entry point: {@code ServerMain [serve options]} starts the server,
 * {@code ServerMain users add|remove|list|token ...} manages the accounts.
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] a) {
        System.exit(run(a));
    }

    static int run(String... a) {
        if (a.length > 0 && a[0].equals("users")) {
            return new CommandLine(new UsersCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                    .execute(java.util.Arrays.copyOfRange(a, 1, a.length));
        }
        return new CommandLine(new ServeCommand()).execute(a);
    }
}
