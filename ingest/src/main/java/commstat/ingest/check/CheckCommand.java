package commstat.ingest.check;

import commstat.ingest.landing.InvalidReferenceDataException;
import commstat.ingest.landing.ReferenceData;
import commstat.ingest.landing.ReferenceLoader;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.RowReject;
import commstat.ingest.validate.SubmissionValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code check FILE... [--reference DIR]}: validates submission files exactly as the nightly ingest would (the
 * same {@link SubmissionValidator}) and stores nothing. Exit 0 when every file is acceptable as it stands, 1 when
 * a file is rejected whole or has rejected rows, 2 on a usage error (no such file, unreadable reference).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate submission files as the nightly ingest would; nothing is stored.")
public final class CheckCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int REJECTS = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "submission files (csv, xlsx, json)")
    List<Path> files;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "reference folder (default: <file's folder>/../reference if it exists)")
    Path reference;

    @Override
    public Integer call() {
        quietPoiLogging();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("check: no such file: " + file);
                return USAGE;
            }
        }
        // The person keys are never shown, so a throw-away key serves: nothing is stored.
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        KeyedHasher hasher = new KeyedHasher(key);
        Map<Path, SubmissionValidator> validators = new HashMap<>();
        boolean allAcceptable = true;
        for (Path file : files) {
            Path refDir;
            SubmissionValidator validator;
            try {
                refDir = referenceDirFor(file).orElse(null);
                validator = validators.computeIfAbsent(refDir == null ? Path.of("") : refDir,
                        d -> new SubmissionValidator(refDir == null ? null : load(refDir), hasher));
            } catch (InvalidReferenceDataException e) {
                err.println("check: reference data unusable: " + e.getMessage());
                return USAGE;
            }
            FileResult result = validator.validate(file);
            print(out, result, refDir);
            allAcceptable &= !result.rejectedWhole() && result.rowsRejected() == 0;
        }
        out.flush();
        return allAcceptable ? OK : REJECTS;
    }

    /**
     * POI logs through log4j-api; without a log4j backend on the classpath (the case for {@code check}) log4j
     * prints a "could not find a logging provider" error line into the user's output. Its simple logger avoids
     * that; a process that has a real backend (the Spark jobs) is left alone.
     */
    private static void quietPoiLogging() {
        String key = "log4j2.loggerContextFactory";
        if (System.getProperty(key) == null && !onClasspath("org.apache.logging.log4j.core.LoggerContext")) {
            System.setProperty(key, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, CheckCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private Optional<Path> referenceDirFor(Path file) {
        if (reference != null) {
            if (!Files.isDirectory(reference)) {
                throw new InvalidReferenceDataException("--reference " + reference + " is not a folder");
            }
            return Optional.of(reference);
        }
        Path parent = file.toAbsolutePath().getParent();
        Path guess = parent == null || parent.getParent() == null ? null : parent.getParent().resolve("reference");
        return guess != null && Files.isDirectory(guess) ? Optional.of(guess.normalize()) : Optional.empty();
    }

    private static ReferenceData load(Path dir) {
        return ReferenceLoader.load(dir);
    }

    private static void print(PrintWriter out, FileResult r, Path refDir) {
        String name = r.fileName();
        out.println(name + ": " + (r.rejectedWhole() ? "rejected " + r.reason() + ": " + r.message() : "accepted"));
        if (refDir == null) {
            out.println("  community not checked: no reference folder (give --reference DIR)");
        }
        out.println("  encoding " + (r.encoding() == null ? "-" : r.encoding()) + ", rows read " + r.rowsRead()
                + ", accepted " + r.rowsAccepted() + ", rejected " + r.rowsRejected());
        for (String w : r.warnings()) {
            out.println("  warning: " + w);
        }
        for (RowReject j : r.rejects()) {
            out.println("  " + name + " line " + j.line() + " column " + (j.column() == null ? "-" : j.column()) + ": "
                    + j.code() + " " + j.message());
        }
    }
}
