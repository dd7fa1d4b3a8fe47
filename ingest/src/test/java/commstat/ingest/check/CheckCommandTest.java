package commstat.ingest.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static commstat.ingest.Fixtures.bytes;
import static commstat.ingest.Fixtures.inboxName;
import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    @TempDir
    Path landing;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CheckCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path inbox(String name, String fixture) throws Exception {
        Path dir = Files.createDirectories(landing.resolve("inbox"));
        return Files.write(dir.resolve(name), bytes(fixture));
    }

    @Test
    void anAcceptableFileExitsZero() throws Exception {
        Path file = inbox(inboxName("population", "csv"), "population_utf8.csv");
        assertThat(run(file.toString())).isZero();
        assertThat(out.toString()).contains(file.getFileName() + ": accepted",
                "rows read 1, accepted 1, rejected 0", "community not checked");
    }

    @Test
    void rejectedRowsAreListedWithLineColumnAndCodeAndExitOne() throws Exception {
        Path file = inbox(inboxName("employment", "csv"), "employment_faults.csv");
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains(file.getFileName() + " line 3 column id_number: INVALID_ID_NUMBER")
                .contains(file.getFileName() + " line 9 column event_id: DUPLICATE_KEY")
                .doesNotContain("371902199003151233");
    }

    @Test
    void theReferenceBesideTheInboxIsUsedForTheCommunityCheck() throws Exception {
        Path ref = Files.createDirectories(landing.resolve("reference"));
        Files.writeString(ref.resolve("communities.csv"), "community_code,community_name,street_code,street_name,"
                + "district_code,district_name,established_on\n371902001002,其他社区,371902001,长兴街道,371902,金坛区,\n");
        for (String f : new String[]{"special_accounts.csv", "fiscal_allocations.csv", "housing_areas.csv",
                "assessment_inputs.csv"}) {
            Files.writeString(ref.resolve(f), header(f));
        }
        Path file = inbox(inboxName("population", "csv"), "population_utf8.csv");
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("rejected UNKNOWN_COMMUNITY");
    }

    private static String header(String file) {
        return switch (file) {
            case "special_accounts.csv" -> "account_no,community_code,opened_on\n";
            case "fiscal_allocations.csv" -> "year,level,unit_code,fiscal_income_increase,community_funds_allocated\n";
            case "housing_areas.csv" -> "area_code,area_name,district_code,urban_rural_fringe,served_by_community_code,"
                    + "own_committee,housing_units,occupied_units,as_of\n";
            default -> "year,community_code,indicator,value\n";
        };
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run(landing.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }
}
