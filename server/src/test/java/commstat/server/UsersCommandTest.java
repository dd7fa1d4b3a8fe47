package commstat.server;

import commstat.server.auth.Passwords;
import commstat.server.auth.User;
import commstat.server.auth.UsersFile;
import commstat.server.i18n.I18n;
import commstat.server.web.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./commstat users ...} through ServerMain, and the users file it writes. */
class UsersCommandTest {
    @TempDir
    Path tmp;

    @Test
    void addListTokenRemove() throws Exception {
        Path file = tmp.resolve("users.json");
        String f = file.toString();
        assertThat(run("s3cret-password\n", "users", "--users-file", f, "add", "wang", "--role", "committee",
                "--unit", "371902001002", "--password-stdin", "--cost", "4")).startsWith("0|");
        User wang = new UsersFile(file).byName("wang").orElseThrow();
        assertThat(wang.role()).isEqualTo(Role.COMMITTEE);
        assertThat(wang.passwordHash()).startsWith("$2a$04$").doesNotContain("s3cret");
        assertThat(new Passwords(4).matches("s3cret-password", wang.passwordHash())).isTrue();
        assertThat(Files.readString(file)).doesNotContain("s3cret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        String token = run("", "users", "--users-file", f, "token", "wang").split("\\|", 2)[1].strip();
        assertThat(token).hasSize(43);
        assertThat(new UsersFile(file).byToken(token).orElseThrow().name()).isEqualTo("wang");
        assertThat(Files.readString(file)).doesNotContain(token);

        assertThat(run("", "users", "--users-file", f, "list")).contains("wang", "COMMITTEE", "371902001002", "tokens=1");
        assertThat(run("good-password\n", "users", "--users-file", f, "add", "li", "--role", "DISTRICT", "--unit", "3719",
                "--password-stdin", "--cost", "4")).startsWith("2|").contains("6-digit district code");
        assertThat(run("", "users", "--users-file", f, "remove", "wang")).startsWith("0|");
        assertThat(new UsersFile(file).users()).isEmpty();
        assertThat(run("", "users", "--users-file", f, "remove", "wang")).startsWith("1|");
    }

    @Test
    void bothLanguagesHaveEveryMessage() {
        assertThat(I18n.ZH.bundle().keySet()).containsExactlyInAnyOrderElementsOf(I18n.EN.bundle().keySet());
    }

    /** Runs ServerMain with stdin; answers "exit code|stdout+stderr". */
    private static String run(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
            System.setOut(p);
            System.setErr(p);
            int code = ServerMain.run(args);
            return code + "|" + buf.toString(StandardCharsets.UTF_8);
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }
}
