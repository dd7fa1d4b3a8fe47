package commstat.reports.publication;

import java.util.List;

/**
 * What one publication run did. {@code manifest} is null when nothing was new (and then nothing was written).
 *
 * @param closedDisclosures closed disclosures in the snapshot
 * @param firstVersions     disclosures published for the first time (version 1)
 * @param newVersions       changed quarters published as version k+1
 * @param unchanged         closed disclosures equal to their latest published version
 * @param filesWritten      files published (paths relative to the publication folder)
 */
public record PublicationResult(int closedDisclosures, int firstVersions, int newVersions, int unchanged,
                                List<String> filesWritten, String manifest, long renderMillis) {
    public PublicationResult {
        filesWritten = List.copyOf(filesWritten);
    }

    public int published() {
        return firstVersions + newVersions;
    }

    public String toText() {
        return String.format(java.util.Locale.ROOT,
                "publication: %d closed disclosures; %d first versions, %d new versions, %d unchanged; %d files written%s%n",
                closedDisclosures, firstVersions, newVersions, unchanged, filesWritten.size(),
                manifest == null ? " (nothing new: nothing written)" : ", manifest " + manifest);
    }
}
