package commstat.jobs.nightly;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CodeFingerprintTest {
    @TempDir
    Path tmp;

    @Test
    void aJarsFingerprintFollowsItsClassesAndResourcesNotItsBuildStamp() throws IOException {
        String a = CodeFingerprint.jarHash(jar("a.jar", Map.of("x/A.class", "one", "x/scheme.json", "{}",
                "META-INF/MANIFEST.MF", "Build-Time: 1")));
        String sameButStamp = CodeFingerprint.jarHash(jar("b.jar", Map.of("x/scheme.json", "{}", "x/A.class", "one",
                "META-INF/MANIFEST.MF", "Build-Time: 2")));
        String otherRule = CodeFingerprint.jarHash(jar("c.jar", Map.of("x/A.class", "two", "x/scheme.json", "{}",
                "META-INF/MANIFEST.MF", "Build-Time: 1")));
        assertThat(sameButStamp).isEqualTo(a);
        assertThat(otherRule).isNotEqualTo(a).hasSize(64);
    }

    @Test
    void theFingerprintOfTheClassesOnTheClasspathIsStable() {
        List<Class<?>> classes = List.of(NightlyRun.class, commstat.ingest.contract.Dataset.class);
        assertThat(CodeFingerprint.of(classes)).isEqualTo(CodeFingerprint.of(classes)).hasSize(64)
                .isNotEqualTo(CodeFingerprint.of(List.of(NightlyRun.class)));
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }
}
