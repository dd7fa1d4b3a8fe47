package commstat.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real server over the {@link MartsFixture} warehouse for the tests of one class, started before the first and
 * closed after the last: {@code @RegisterExtension static final MartsServer marts = new MartsServer();}.
 */
final class MartsServer implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private TestServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("commstat-marts-");
        server = new TestServer(MartsFixture.write(dir.resolve("root")));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    TestServer server() {
        return server;
    }
}
