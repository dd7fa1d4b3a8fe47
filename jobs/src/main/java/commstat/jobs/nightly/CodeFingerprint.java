package commstat.jobs.nightly;

import commstat.jobs.publish.ContentHash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The SHA-256 of the code that computes the marts: the classes and resources of the jars (or class folders) that
 * hold the given classes, and Spark's version. A stage's outputs are taken over from the night before only under
 * the same fingerprint, so a new build, even one that changes a single rule, recomputes everything once.
 * Entries under {@code META-INF/} are left out: Maven writes build times there.
 */
final class CodeFingerprint {
    private CodeFingerprint() {
    }

    static String of(List<Class<?>> classes) {
        MessageDigest digest = ContentHash.sha256();
        digest.update(("spark=" + org.apache.spark.package$.MODULE$.SPARK_VERSION()).getBytes(StandardCharsets.UTF_8));
        for (Class<?> c : classes) {
            Path location = location(c);
            digest.update((byte) 0);
            digest.update((Files.isDirectory(location) ? ContentHash.of(location) : jarHash(location))
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot tell where the code of " + c.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the code of " + c.getName() + " was loaded from", e);
        }
    }

    static String jarHash(Path jar) {
        MessageDigest digest = ContentHash.sha256();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry e : entries) {
                digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = file.getInputStream(e)) {
                    ContentHash.update(digest, in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
