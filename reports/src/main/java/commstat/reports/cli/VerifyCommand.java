package commstat.reports.cli;

import commstat.reports.publication.PublicationVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code commstat verify DIR}: checks a publication folder against its manifest chain; exit 0 when intact. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a publication folder (or a warehouse root holding publication/) against its manifest"
                + " chain: changed, missing or extra files, broken chain links. Exit 0 when intact, 1 otherwise.")
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the publication folder")
    Path dir;

    @Option(names = "--expect-head", description = "SHA-256 of the latest manifest as kept elsewhere")
    String expectHead;

    @Override
    public Integer call() {
        Path root = dir;
        if (!Files.isDirectory(root.resolve("manifests")) && Files.isDirectory(root.resolve("publication"))) {
            root = root.resolve("publication");
        }
        PublicationVerifier.Report report = PublicationVerifier.verify(root, expectHead);
        System.out.print(report.toText());
        return report.ok() ? 0 : 1;
    }
}
