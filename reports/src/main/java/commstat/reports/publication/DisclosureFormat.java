package commstat.reports.publication;

import commstat.reports.disclosure.DisclosureCsv;
import commstat.reports.disclosure.DisclosureJson;
import commstat.reports.disclosure.DisclosurePdf;
import commstat.reports.disclosure.PublishedDisclosure;

import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/** One published file kind of a disclosure: its extension and how its bytes are made (deterministically). */
public record DisclosureFormat(String extension, Function<PublishedDisclosure, byte[]> renderer) {
    public static final DisclosureFormat JSON = new DisclosureFormat("json", DisclosureJson::render);
    public static final DisclosureFormat CSV = new DisclosureFormat("csv", DisclosureCsv::render);
    public static final DisclosureFormat PDF = new DisclosureFormat("pdf", DisclosurePdf::render);

    public DisclosureFormat {
        requireNonNull(extension, "extension is null");
        requireNonNull(renderer, "renderer is null");
    }

    public byte[] render(PublishedDisclosure d) {
        return renderer.apply(d);
    }
}
