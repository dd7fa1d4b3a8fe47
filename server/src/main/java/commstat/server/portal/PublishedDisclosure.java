package commstat.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One published disclosure version, as {@code <root>/publication/index.json} lists it (docs/DATA.md "The publication
 * store"); {@code downloads} maps a format ({@code pdf}, {@code csv}, {@code json}) to the portal's download URL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedDisclosure(String districtCode, String districtName, String streetCode, String streetName,
                                  String communityCode, String communityName, String quarter, int version,
                                  String status, String publishedOn, String supersededOn,
                                  Integer supersededByVersion, String changeNote, String contentSha256,
                                  Map<String, String> downloads) {
    public PublishedDisclosure {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(quarter, "quarter is null");
        requireNonNull(status, "status is null");
        downloads = Map.copyOf(downloads);
    }

    public boolean isSuperseded() {
        return "superseded".equals(status);
    }

    /** The download URL of a format, or null when this version has no such file. */
    public String download(String format) {
        return downloads.get(format);
    }
}
