package commstat.server.auth;

import commstat.server.web.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code users add|remove|list|token}: the accounts of the users file. Passwords are read from the console
 * (twice) or, for scripts, one line from standard input ({@code --password-stdin}); never from the command line.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the server's accounts (the users file).",
        subcommands = {UsersCommand.Add.class, UsersCommand.Remove.class, UsersCommand.ListUsers.class,
                UsersCommand.Token.class})
public final class UsersCommand implements Callable<Integer> {
    public static final String ENV_USERS_FILE = "COMMSTAT_USERS_FILE";

    @Option(names = "--users-file", paramLabel = "FILE",
            description = "The users file (default: $" + ENV_USERS_FILE + ", else .commstat/users.json).")
    Path usersFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    UsersFile file() {
        Path p = usersFile != null ? usersFile
                : System.getenv(ENV_USERS_FILE) != null ? Path.of(System.getenv(ENV_USERS_FILE))
                : Path.of(".commstat/users.json");
        return new UsersFile(p);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account (or replace one of the same name, keeping its API tokens).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--role", required = true, description = "COMMITTEE, DISTRICT, FINANCE or ADMIN")
        Role role;
        @Option(names = "--unit", description = "community code (COMMITTEE), district code (DISTRICT, FINANCE of one district)")
        String unit;
        @Option(names = "--password-stdin", description = "Read the password as one line from standard input.")
        boolean passwordStdin;
        @Option(names = "--cost", defaultValue = "" + Passwords.DEFAULT_COST, description = "bcrypt cost (default ${DEFAULT-VALUE}).")
        int cost;

        @Override
        public Integer call() {
            UsersFile users = parent.file();
            User user;
            try {
                new User(name, role, unit, null, List.of()); // name, role and unit first: before asking for a password
                String password = passwordStdin ? readLine() : readTwice();
                List<User.ApiToken> tokens = users.byName(name).map(User::tokens).orElse(List.of());
                user = new User(name, role, unit, new Passwords(cost).hash(password), tokens);
            } catch (IllegalArgumentException e) {
                parent.spec.commandLine().getErr().println("users add: " + e.getMessage());
                return 2;
            }
            users.put(user);
            parent.spec.commandLine().getOut().println("user " + name + " (" + role
                    + (user.unit().isEmpty() ? "" : " " + user.unit()) + ") saved in " + users.path());
            return 0;
        }

        private static String readLine() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalArgumentException("no password on standard input");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String readTwice() {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("no console to ask for the password: use --password-stdin");
            }
            String a = new String(console.readPassword("password: "));
            String b = new String(console.readPassword("again: "));
            if (!a.equals(b)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return a;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (!parent.file().remove(name)) {
                parent.spec.commandLine().getErr().println("users remove: no user " + name);
                return 1;
            }
            parent.spec.commandLine().getOut().println("user " + name + " removed");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts (no hashes).")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Override
        public Integer call() {
            for (User u : parent.file().users()) {
                parent.spec.commandLine().getOut().printf("%-20s %-9s %-12s password=%s tokens=%d%n", u.name(), u.role(),
                        u.unit().isEmpty() ? "-" : u.unit(), u.passwordHash() == null ? "no" : "yes", u.tokens().size());
            }
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Make a new API token for an account and print it once (only its hash is kept).")
    static final class Token implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--id", defaultValue = "script", description = "A name for the token (default ${DEFAULT-VALUE}).")
        String id;
        @Option(names = "--revoke", description = "Remove the token of this id instead of making one.")
        boolean revoke;

        @Override
        public Integer call() {
            UsersFile users = parent.file();
            var found = users.byName(name);
            if (found.isEmpty()) {
                parent.spec.commandLine().getErr().println("users token: no user " + name);
                return 1;
            }
            User u = found.get();
            List<User.ApiToken> tokens = new ArrayList<>(u.tokens());
            tokens.removeIf(t -> t.id().equals(id));
            String secret = null;
            if (!revoke) {
                secret = Tokens.random();
                tokens.add(new User.ApiToken(id, Tokens.sha256(secret)));
            }
            users.put(new User(u.name(), u.role(), u.unit(), u.passwordHash(), tokens));
            parent.spec.commandLine().getOut().println(revoke ? "token " + id + " of " + name + " revoked" : secret);
            return 0;
        }
    }
}
