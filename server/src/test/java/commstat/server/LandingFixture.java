package commstat.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A landing area for uploads: the reference files the ingest's validator needs, naming the three communities of
 * district 371902 (铁西区) that {@link WarehouseFixture} and {@link MartsFixture} hold; the other reference files
 * are empty but present, as the validator requires.
 */
final class LandingFixture {
    private LandingFixture() {
    }

    static Path write(Path landing) throws IOException {
        Path reference = Files.createDirectories(landing.resolve("reference"));
        Files.writeString(reference.resolve("communities.csv"), """
                community_code,community_name,street_code,street_name,district_code,district_name,established_on,dissolved_on
                371902001001,长春路社区,371902001,长春路街道,371902,铁西区,2001-05-01,
                371902001002,和平里社区,371902001,长春路街道,371902,铁西区,2001-05-01,
                371902002001,幸福村社区,371902002,胜利街道,371902,铁西区,2001-05-01,
                """);
        // the other reference files are required too; empty ones serve
        Files.writeString(reference.resolve("assessment_inputs.csv"), "year,community_code,indicator,value\n");
        Files.writeString(reference.resolve("fiscal_allocations.csv"),
                "year,level,unit_code,fiscal_income_increase,community_funds_allocated\n");
        Files.writeString(reference.resolve("housing_areas.csv"), "area_code,area_name,district_code,"
                + "urban_rural_fringe,served_by_community_code,own_committee,housing_units,occupied_units,as_of\n");
        Files.writeString(reference.resolve("opening_balances.csv"), "account_no,community_code,as_of,balance\n");
        Files.writeString(reference.resolve("special_accounts.csv"), "account_no,community_code,opened_on,closed_on\n");
        return landing;
    }
}
