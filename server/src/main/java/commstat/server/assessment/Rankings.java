package commstat.server.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A ranking of one year, for the city ({@code districtCode} null) or one district, with the years that can be
 * chosen instead. {@code consequences} and {@code notAssessed} are null for whoever may not see them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rankings(String snapshot, int year, String districtCode, String districtName, boolean published,
                       List<Integer> years, List<District> districts, List<RankingRow> rows,
                       List<Consequence> consequences, List<NotAssessed> notAssessed) {
    public Rankings {
        requireNonNull(snapshot, "snapshot is null");
        years = List.copyOf(years);
        districts = List.copyOf(districts);
        rows = List.copyOf(rows);
        consequences = consequences == null ? null : List.copyOf(consequences);
        notAssessed = notAssessed == null ? null : List.copyOf(notAssessed);
    }

    public boolean isCity() {
        return districtCode == null;
    }

    /** Some row shows the detail: the page adds the score and interval columns. */
    public boolean anyDetail() {
        return rows.stream().anyMatch(RankingRow::hasDetail);
    }

    /** A district of the city, for the page's district links. */
    public record District(String districtCode, String districtName) {
        public District {
            requireNonNull(districtCode, "districtCode is null");
        }
    }
}
