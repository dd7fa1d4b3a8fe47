package commstat.jobs;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and the shared requirements folder are, as Surefire passes them in. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path repo() {
        String dir = System.getProperty("commstat.repo.dir");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }

    public static Path shared() {
        String dir = System.getProperty("commstat.shared.dir");
        Path p = dir != null ? Path.of(dir) : repo().resolve("../shared");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the shared requirements folder is not at " + p.toAbsolutePath());
        }
        return p.normalize();
    }

    public static Path conformance() {
        return shared().resolve("conformance");
    }

    public static Path sampleLanding() {
        return repo().resolve("data-samples/landing");
    }
}
