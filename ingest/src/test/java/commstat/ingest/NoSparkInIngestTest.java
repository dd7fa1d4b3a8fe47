package commstat.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest rules are plain Java, shared by the jobs, the check command and the server: no Spark, no Scala. */
class NoSparkInIngestTest {
    private static final Pattern FORBIDDEN = Pattern.compile("^\\s*import\\s+(static\\s+)?(org\\.apache\\.spark|scala)\\.",
            Pattern.MULTILINE);

    @Test
    void noMainSourceImportsSparkOrScala() throws IOException {
        Path sources = Path.of("src/main/java");
        if (!Files.isDirectory(sources)) {
            sources = Path.of("ingest/src/main/java");
        }
        assertThat(sources).isDirectory();
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scanned++;
                if (FORBIDDEN.matcher(Files.readString(p)).find()) {
                    offenders.add(sources.relativize(p).toString());
                }
            }
        }
        assertThat(scanned).isGreaterThan(10);
        assertThat(offenders).as("sources importing org.apache.spark or scala").isEmpty();
    }
}
