package commstat.reports.publication;

import java.util.List;

/** The formats a disclosure is published in. */
public final class DisclosureFormats {
    private DisclosureFormats() {
    }

    public static List<DisclosureFormat> standard() {
        return List.of(DisclosureFormat.PDF, DisclosureFormat.CSV, DisclosureFormat.JSON);
    }
}
