package commstat.ingest.landing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LandingAreaTest {
    @Test
    void inboxListsRegularFilesSortedByName(@TempDir Path landing) throws Exception {
        Path inbox = Files.createDirectories(landing.resolve("inbox"));
        Files.writeString(inbox.resolve("b.csv"), "x");
        Files.writeString(inbox.resolve("a.json"), "x");
        Files.createDirectory(inbox.resolve("0_folder.csv"));
        Files.createSymbolicLink(inbox.resolve("c_link.csv"), inbox.resolve("b.csv"));
        assertThat(LandingArea.inboxFiles(landing)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.json", "b.csv");
    }
}
