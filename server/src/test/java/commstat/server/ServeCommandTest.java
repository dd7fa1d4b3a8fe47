package commstat.server;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @Test
    void defaultsAreTheDemoWarehouseOnLoopbackPort7070() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs();
        assertThat(cmd.warehouse).isEqualTo(Path.of(".commstat/demo/warehouse"));
        assertThat(cmd.host).isEqualTo("127.0.0.1");
        assertThat(cmd.port).isEqualTo(7070);
    }

    @Test
    void optionsOverrideTheDefaults() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--warehouse", "/data/wh", "--port", "8080", "--host", "0.0.0.0");
        assertThat(cmd.warehouse).isEqualTo(Path.of("/data/wh"));
        assertThat(cmd.port).isEqualTo(8080);
        assertThat(cmd.host).isEqualTo("0.0.0.0");
    }
}
