package commstat.reports.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of the append-only publication folder (docs/DATA.md, "The publication store"):
 * <pre>
 * publication/
 *   disclosures/&lt;district&gt;/&lt;community&gt;/&lt;yyyy-Qn&gt;/v&lt;k&gt;/disclosure-&lt;community&gt;-&lt;yyyy-Qn&gt;-v&lt;k&gt;.{pdf,csv,json}
 *   manifests/manifest-000001.json …   one per publication run, hash-chained
 *   index.json                         derived from the manifests (rewritten only when it changes)
 * </pre>
 */
public final class PublicationStore {
    static final String MANIFESTS = "manifests";
    static final String DISCLOSURES = "disclosures";
    static final String INDEX = "index.json";
    private static final Pattern MANIFEST_NAME = Pattern.compile("manifest-(\\d{6})\\.json");

    private final Path root;

    public PublicationStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The folder of one disclosure version, relative to the root ({@code /} separated). */
    static String versionFolder(String districtCode, String communityCode, String quarter, int version) {
        return DISCLOSURES + "/" + districtCode + "/" + communityCode + "/" + quarter + "/v" + version;
    }

    /** Manifest files by sequence, in order; a name that is not {@code manifest-NNNNNN.json} is not one. */
    List<Path> manifestFiles() {
        Path dir = root.resolve(MANIFESTS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> MANIFEST_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static int sequenceOf(Path manifest) {
        Matcher m = MANIFEST_NAME.matcher(manifest.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a manifest name: " + manifest.getFileName());
        }
        return Integer.parseInt(m.group(1));
    }

    /** Every manifest, parsed, in sequence order. */
    List<Manifest> manifests() {
        List<Manifest> out = new ArrayList<>();
        for (Path p : manifestFiles()) {
            out.add(Manifest.parse(p.getFileName().toString(), read(p)));
        }
        return out;
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /**
     * Writes {@code bytes} to {@code relative} through a temporary file and a rename. {@code mayReplace} false: an
     * existing file is an error (a manifest is never overwritten).
     */
    void write(String relative, byte[] bytes, boolean mayReplace) {
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            if (mayReplace) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                if (Files.exists(target)) {
                    Files.delete(tmp);
                    throw new IllegalStateException(target + " exists already: another publication run wrote it");
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
