package commstat.server.statistics;

import java.util.List;

/** What the statistics page can show: the streets, months and tables of {@code public_statistics}. */
public record StatChoices(List<Street> streets, List<String> periods, List<String> tables) {
    public StatChoices {
        streets = List.copyOf(streets);
        periods = List.copyOf(periods);
        tables = List.copyOf(tables);
    }

    public record Street(String districtCode, String streetCode, String streetName) {
    }
}
