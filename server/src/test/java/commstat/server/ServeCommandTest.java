package commstat.server;

import commstat.server.web.CookieSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void defaultsAreTheDemoWarehouseOnLoopbackPort7070() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs();
        ServerConfig c = cmd.config(Map.of());
        assertThat(c.warehouse()).isEqualTo(Path.of(".commstat/demo/warehouse").toAbsolutePath().normalize());
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.landing()).isNull();
        assertThat(c.cookieSecure()).isEqualTo(CookieSecurity.AUTO);
    }

    @Test
    void optionsOverrideTheEnvironmentWhichOverridesTheFile() throws Exception {
        Path file = tmp.resolve("server.properties");
        Files.writeString(file, "warehouse=/file/wh\nport=9000\nhost=0.0.0.0\ncookie_secure=always\n"
                + "session_idle_minutes=30\nupload_max_bytes=1000\n");
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--config", file.toString(), "--port", "8080");
        ServerConfig c = cmd.config(Map.of("COMMSTAT_PORT", "8500", "COMMSTAT_WAREHOUSE", "/env/wh",
                "COMMSTAT_LANDING", "/env/landing"));
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.warehouse()).isEqualTo(Path.of("/env/wh"));
        assertThat(c.landing()).isEqualTo(Path.of("/env/landing"));
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.cookieSecure()).isEqualTo(CookieSecurity.ALWAYS);
        assertThat(c.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.uploadMaxBytes()).isEqualTo(1000);
    }

    @Test
    void aTypoInTheFileIsAnError() throws Exception {
        Path file = tmp.resolve("server.properties");
        Files.writeString(file, "prot=9000\n");
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--config", file.toString());
        assertThatThrownBy(() -> cmd.config(Map.of())).hasMessageContaining("unknown key(s) [prot]");
    }
}
