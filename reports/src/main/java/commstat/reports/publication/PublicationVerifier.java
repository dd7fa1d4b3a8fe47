package commstat.reports.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a publication folder against its manifest chain and says exactly what is wrong: a manifest missing from
 * the sequence, a broken link (a manifest's {@code previous_manifest_sha256} is not the SHA-256 of the one
 * before, so that one was changed), a changed file (SHA-256 or size differs), a missing file, an extra file (in no
 * manifest), an index that does not match the manifests. The chain's head (the latest manifest's SHA-256) is
 * reported: kept elsewhere, it also guards the latest manifest itself.
 */
public final class PublicationVerifier {
    private PublicationVerifier() {
    }

    public record Report(int manifests, int files, String headManifest, String headSha256, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        public String toText() {
            StringBuilder b = new StringBuilder();
            for (String p : problems) {
                b.append(p).append(System.lineSeparator());
            }
            b.append(String.format(java.util.Locale.ROOT, "%s: %d manifests, %d files; chain head %s sha256 %s%n",
                    ok() ? "OK" : "FAILED (" + problems.size() + " problems)", manifests, files,
                    headManifest == null ? "-" : headManifest, headSha256 == null ? "-" : headSha256));
            return b.toString();
        }
    }

    public static Report verify(Path root) {
        return verify(root, null);
    }

    /** {@code expectedHead}: the SHA-256 of the latest manifest as kept elsewhere; null to skip that check. */
    public static Report verify(Path root, String expectedHead) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Report(0, 0, null, null, List.of(root + " is not a folder"));
        }
        PublicationStore store = new PublicationStore(root);
        List<Path> manifestPaths = store.manifestFiles();
        Map<String, String> listed = new HashMap<>(); // path → manifest that published it
        List<Manifest> manifests = new ArrayList<>();
        String previousSha = null;
        String previousName = null;
        int expectedSequence = 1;
        int files = 0;
        for (Path p : manifestPaths) {
            String name = p.getFileName().toString();
            int sequence = PublicationStore.sequenceOf(p);
            while (expectedSequence < sequence) {
                problems.add("missing manifest " + PublicationStore.MANIFESTS + "/" + Manifest.fileName(expectedSequence)
                        + ": the chain is broken before " + name);
                expectedSequence++;
                previousSha = null;
                previousName = null;
            }
            expectedSequence = sequence + 1;
            String sha = Sha256.of(p);
            Manifest m;
            try {
                m = Manifest.parse(name, PublicationStore.read(p));
            } catch (IllegalArgumentException e) {
                problems.add("changed manifest " + PublicationStore.MANIFESTS + "/" + name + ": " + e.getMessage());
                previousSha = sha;
                previousName = name;
                continue;
            }
            if (m.sequence() != sequence) {
                problems.add("changed manifest " + PublicationStore.MANIFESTS + "/" + name + ": it says sequence "
                        + m.sequence());
            }
            if (sequence == 1 && m.previousManifestSha256() != null) {
                problems.add("broken chain at " + name + ": the first manifest names a previous manifest "
                        + m.previousManifestSha256());
            } else if (sequence > 1 && previousName != null && !Objects.equals(previousSha, m.previousManifestSha256())) {
                problems.add("broken chain at " + name + ": it records the previous manifest's SHA-256 as "
                        + m.previousManifestSha256() + ", but " + previousName + " has " + previousSha
                        + " (" + previousName + " was changed, or " + name + " was)");
            }
            manifests.add(m);
            for (Manifest.FileEntry f : m.files()) {
                files++;
                String first = listed.putIfAbsent(f.path(), name);
                if (first != null) {
                    problems.add("file " + f.path() + " is published twice: in " + first + " and " + name);
                    continue;
                }
                Path file = root.resolve(f.path()).normalize();
                if (!file.startsWith(root.normalize())) {
                    problems.add("manifest " + name + " lists a path outside the folder: " + f.path());
                } else if (!Files.isRegularFile(file)) {
                    problems.add("missing file " + f.path() + " (published in " + name + ")");
                } else {
                    long size = size(file);
                    String actual = Sha256.of(file);
                    if (!actual.equals(f.sha256()) || size != f.size()) {
                        problems.add("changed file " + f.path() + ": SHA-256 " + actual + ", size " + size + "; " + name
                                + " says SHA-256 " + f.sha256() + ", size " + f.size());
                    }
                }
            }
            previousSha = sha;
            previousName = name;
        }
        for (String extra : extraFiles(root, listed.keySet(), manifestPaths)) {
            problems.add("extra file " + extra + " (in no manifest)");
        }
        Path index = root.resolve(PublicationStore.INDEX);
        if (!manifests.isEmpty() && problems.isEmpty()) {
            if (!Files.isRegularFile(index)) {
                problems.add("missing " + PublicationStore.INDEX + " (it is rebuilt by the next publication run)");
            } else if (!java.util.Arrays.equals(PublicationStore.read(index), PublicationIndex.render(manifests, previousSha))) {
                problems.add(PublicationStore.INDEX + " does not match the manifests (it was changed; the next publication"
                        + " run rebuilds it from them)");
            }
        }
        if (expectedHead != null && !expectedHead.equalsIgnoreCase(String.valueOf(previousSha))) {
            problems.add("chain head " + previousName + " has SHA-256 " + previousSha + ", expected " + expectedHead
                    + " (the latest manifest was changed, or manifests were added or removed)");
        }
        return new Report(manifestPaths.size(), files, previousName, previousSha, problems);
    }

    private static List<String> extraFiles(Path root, java.util.Set<String> listed, List<Path> manifests) {
        TreeSet<String> extra = new TreeSet<>();
        java.util.Set<Path> manifestSet = new java.util.HashSet<>(manifests);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.equals(PublicationStore.INDEX) || manifestSet.contains(p) || listed.contains(rel)) {
                    continue;
                }
                extra.add(rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root, e);
        }
        return new ArrayList<>(extra);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
