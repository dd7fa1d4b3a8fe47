package commstat.jobs.nightly;

import commstat.ingest.synth.GenerateCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A tiny synthetic city (scale 0.01: 6 communities, about 270 inbox files) generated once per test JVM, and the
 * changes a night can bring: new files, a resubmission, a conflicting twin, a changed reference file.
 */
final class TinyLanding {
    static final byte[] KEY = "nightly-test-key-0123456789abcdef0123".getBytes(StandardCharsets.UTF_8);
    private static Path generated;

    private TinyLanding() {
    }

    static synchronized Path generated() {
        if (generated == null) {
            try {
                Path dir = Files.createTempDirectory("commstat-tiny-");
                Path out = dir.resolve("landing");
                int code = new CommandLine(new GenerateCommand()).execute("--scale", "0.01", "--seed", "7",
                        "--out", out.toString(), "--threads", "1");
                if (code != 0) {
                    throw new IllegalStateException("generate exited " + code);
                }
                generated = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated;
    }

    /** A landing area with the reference files and the inbox files whose name passes {@code keep}. */
    static Path copy(Path target, Predicate<String> keep) {
        try {
            Files.createDirectories(target.resolve("inbox"));
            Files.createDirectories(target.resolve("reference"));
            for (Path f : list(generated().resolve("reference"))) {
                Files.copy(f, target.resolve("reference").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            for (Path f : list(generated().resolve("inbox"))) {
                if (keep.test(f.getFileName().toString())) {
                    Files.copy(f, target.resolve("inbox").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of the first half of 2025 (by the period in the name); names that do not parse go with the second half. */
    static boolean firstHalf(String name) {
        String[] parts = name.split("_");
        return parts.length >= 3 && parts[2].compareTo("2025-07") < 0;
    }

    /** Adds the files {@link #copy} left out. */
    static void addTheRest(Path landing) {
        copy(landing, name -> true);
    }

    /** A later submission of an ingested CSV employment file, one data row shorter. Returns its name. */
    static String resubmit(Path landing) {
        Path original = csvWithRows(landing, "_employment_");
        String name = original.getFileName().toString();
        String later = name.replaceFirst("_(\\d{8})T(\\d{6})\\.csv$", "_$1T235959.csv");
        if (later.equals(name)) {
            later = name.replaceFirst("T\\d{6}\\.csv$", "T000000.csv");
        }
        writeWithoutLastRow(original, landing.resolve("inbox").resolve(later));
        return later;
    }

    /** A twin of an ingested CSV floating file (same key and time, upper-case extension) with other content. */
    static String conflict(Path landing) {
        Path original = csvWithRows(landing, "_floating_");
        String twin = original.getFileName().toString().replaceFirst("\\.csv$", ".CSV");
        writeWithoutLastRow(original, landing.resolve("inbox").resolve(twin));
        return twin;
    }

    /** Changes one community's name in {@code communities.csv}. */
    static void renameACommunity(Path landing) {
        Path file = landing.resolve("reference").resolve("communities.csv");
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            String[] cells = lines.get(1).split(",", -1);
            cells[1] = cells[1] + "新";
            lines.set(1, String.join(",", cells));
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first UTF-8 CSV of the dataset (by name) with at least three data rows. */
    private static Path csvWithRows(Path landing, String dataset) {
        for (Path f : list(landing.resolve("inbox"))) {
            String n = f.getFileName().toString();
            if (n.contains(dataset) && n.endsWith(".csv")) {
                try {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    if (lines.size() >= 4) {
                        return f;
                    }
                } catch (IOException notUtf8) {
                    // a GB18030 file: take another
                }
            }
        }
        throw new IllegalStateException("no CSV" + dataset + "file with rows in " + landing);
    }

    private static void writeWithoutLastRow(Path from, Path to) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(from, StandardCharsets.UTF_8));
            while (lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            lines.remove(lines.size() - 1);
            Files.writeString(to, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
