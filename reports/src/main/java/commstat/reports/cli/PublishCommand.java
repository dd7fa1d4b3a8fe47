package commstat.reports.cli;

import commstat.reports.publication.DisclosurePublisher;
import commstat.reports.publication.PublicationResult;
import commstat.reports.publication.SnapshotFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/** {@code commstat publish --warehouse DIR [--date D]}: the closed disclosures of the current snapshot into the store. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish the closed quarterly disclosures (PDF, CSV, JSON) into <warehouse>/publication: new"
                + " quarters as version 1, changed ones as version k+1, with a hash-chained manifest.")
public final class PublishCommand implements Callable<Integer> {
    @Option(names = "--warehouse", required = true, description = "warehouse root (its current snapshot, else itself)")
    Path warehouse;

    @Option(names = "--date", description = "the run date, yyyy-MM-dd: the publication date of everything written"
            + " (default: today in Asia/Shanghai)")
    LocalDate date;

    @Option(names = "--publication", description = "publication folder (default: <warehouse>/publication)")
    Path publication;

    @Override
    public Integer call() {
        LocalDate runDate = date != null ? date : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try {
            Path snapshot = SnapshotFolder.of(warehouse);
            Path target = publication != null ? publication : SnapshotFolder.publication(warehouse);
            PublicationResult result = DisclosurePublisher.standard().publish(snapshot, target, runDate);
            System.out.print(result.toText());
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("commstat publish: " + e.getMessage());
            return 1;
        }
    }
}
