package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import commstat.ingest.landing.LandingArea;
import commstat.ingest.landing.ReferenceLoader;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.SubmissionValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static commstat.server.TestServer.json;
import static commstat.server.WarehouseFixture.CHANGCHUN;
import static commstat.server.WarehouseFixture.HEPING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real server: validated at once by the ingest's validator, stored in the inbox unless
 * rejected whole, refused for another community, too large, a wrong type or a path in the name. The server's clock
 * is fixed at 2025-03-04 10:15:30 in Shanghai, so every upload's name is known in advance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadTest {
    private static final String STAMP = "20250304T101530";
    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-03-04T02:15:30.250Z"), ZoneOffset.UTC);
    private static final long LIMIT = 64 * 1024;

    static final String POPULATION = """
            户数,户籍人口,常住人口,0-17岁,18-59岁,60岁及以上,出生,死亡,残疾人,低保户,独居老人
            670,1806,1929,383,1087,459,2,3,25,24,54
            """;
    /** Four rows: line 3 has an ID whose check character is wrong, line 5 a date outside February. */
    static final String EMPLOYMENT = """
            事件编号,身份证号,户编号,事件类型,日期,困难类别
            JY20250200001,220102198205210999,H0010010003,ZERO_HOUSEHOLD_CLEARED,2025-02-03,零就业家庭成员
            JY20250200002,220102199506239045,H0010010029,EMPLOYED,2025-02-03,
            JY20250200003,220102199803194786,H0010010017,EMPLOYED,2025-02-05,
            JY20250200004,220102199803194786,H0010010017,EMPLOYED,2025-03-09,
            """;
    /** Without the ID column: rejected whole (MISSING_COLUMN). */
    static final String EMPLOYMENT_NO_ID = """
            事件编号,户编号,事件类型,日期,困难类别
            JY20250200001,H0010010003,ZERO_HOUSEHOLD_CLEARED,2025-02-03,零就业家庭成员
            """;

    @TempDir
    static Path tmp;
    private static TestServer server;
    private static Path landing;

    @BeforeAll
    static void start() throws Exception {
        landing = tmp.resolve("landing");
        LandingFixture.write(landing);
        server = new TestServer(WarehouseFixture.write(tmp.resolve("warehouse")),
                c -> c.withLanding(landing).withUploadMaxBytes(LIMIT), FIXED);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> upload(String account, String community, Multipart form) {
        return server.send(form.post(HttpRequest.newBuilder(server.uri("/api/communities/" + community + "/uploads"))
                .header("Authorization", "Bearer " + server.token(account))));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void aGoodFileIsStoredUnderTheContractsNameWithTheUploadTime() throws Exception {
        HttpResponse<String> r = upload("heping", HEPING, new Multipart().field("dataset", "population")
                .field("period", "2025-02").file("file", "人口.csv", "text/csv", utf8(POPULATION)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = json(r);
        String name = HEPING + "_population_2025-02_" + STAMP + ".csv";
        assertThat(b.get("file_name").asText()).isEqualTo(name);
        assertThat(b.get("submitted_at").asText()).isEqualTo("2025-03-04T10:15:30");
        assertThat(b.get("stored").asBoolean()).isTrue();
        assertThat(b.get("rows_read").asInt()).isEqualTo(1);
        assertThat(b.get("rows_accepted").asInt()).isEqualTo(1);
        assertThat(b.get("rejects")).isEmpty();
        assertThat(Files.readAllBytes(landing.resolve("inbox").resolve(name))).isEqualTo(utf8(POPULATION));
    }

    @Test
    @Order(2)
    void aFileWithBadRowsIsStoredAndItsRowsListed() throws Exception {
        // dataset and period come from the file's own (contract-shaped) name here
        HttpResponse<String> r = upload("heping", HEPING, new Multipart()
                .file("file", HEPING + "_employment_2025-02.csv", "text/csv", utf8(EMPLOYMENT)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode b = json(r);
        assertThat(b.get("file_name").asText()).isEqualTo(HEPING + "_employment_2025-02_" + STAMP + ".csv");
        assertThat(b.get("rows_read").asInt()).isEqualTo(4);
        assertThat(b.get("rows_accepted").asInt()).isEqualTo(2);
        assertThat(b.get("rows_rejected").asInt()).isEqualTo(2);
        List<String> rejects = new ArrayList<>();
        for (JsonNode x : b.get("rejects")) {
            assertThat(x.get("column").asText()).isNotBlank();
            assertThat(x.get("message").asText()).isNotBlank();
            rejects.add(x.get("line").asInt() + " " + x.get("code").asText());
        }
        assertThat(rejects).containsExactly("3 INVALID_ID_NUMBER", "5 DATE_OUTSIDE_PERIOD");
    }

    @Test
    @Order(3)
    void aFileRejectedWholeIsNotStoredAndSaysWhy() {
        HttpResponse<String> r = upload("heping", HEPING, new Multipart().field("dataset", "employment")
                .field("period", "2025-01").file("file", "就业.csv", "text/csv", utf8(EMPLOYMENT_NO_ID)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode b = json(r);
        assertThat(b.get("code").asText()).isEqualTo("SUBMISSION_REJECTED");
        assertThat(b.get("reason").asText()).isEqualTo("MISSING_COLUMN");
        assertThat(b.get("message").asText()).contains("not stored", "id_number");
        assertThat(b.get("stored").asBoolean()).isFalse();
        assertThat(landing.resolve("inbox").resolve(HEPING + "_employment_2025-01_" + STAMP + ".csv")).doesNotExist();
    }

    @Test
    @Order(4)
    void theSameNameInTheSameSecondIs409AndNothingIsOverwritten() throws Exception {
        Path first = landing.resolve("inbox").resolve(HEPING + "_population_2025-02_" + STAMP + ".csv");
        String other = POPULATION.replace("670,", "671,");
        HttpResponse<String> r = upload("heping", HEPING, new Multipart().field("dataset", "population")
                .field("period", "2025-02").file("file", "人口.csv", "text/csv", utf8(other)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).get("code").asText()).isEqualTo("CONFLICT");
        assertThat(Files.readString(first)).isEqualTo(POPULATION);
    }

    @Test
    @Order(5)
    void anotherCommunityIsNotFoundAndOtherRolesMayNotUpload() {
        Multipart form = new Multipart().field("dataset", "population").field("period", "2025-04")
                .file("file", "p.csv", "text/csv", utf8(POPULATION));
        assertThat(upload("heping", CHANGCHUN, form).statusCode()).isEqualTo(404);
        HttpResponse<String> district = upload("tiexi", HEPING, new Multipart().field("dataset", "population")
                .field("period", "2025-04").file("file", "p.csv", "text/csv", utf8(POPULATION)));
        assertThat(district.statusCode()).isEqualTo(403);
        HttpResponse<String> named = upload("heping", HEPING, new Multipart()
                .file("file", CHANGCHUN + "_population_2025-04.csv", "text/csv", utf8(POPULATION)));
        assertThat(named.statusCode()).isEqualTo(403);
        assertThat(json(named).get("message").asText()).contains(CHANGCHUN);
    }

    @Test
    @Order(6)
    void tooLargeWrongTypeAndPathsInNamesAreRefused() {
        byte[] big = new byte[(int) LIMIT + 1000];
        java.util.Arrays.fill(big, (byte) '1');
        HttpResponse<String> tooLarge = upload("heping", HEPING, new Multipart().field("dataset", "funds")
                .field("period", "2025-05").file("file", "f.csv", "text/csv", big));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(json(tooLarge).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");

        HttpResponse<String> pdf = upload("heping", HEPING, new Multipart().field("dataset", "funds")
                .field("period", "2025-05").file("file", "report.pdf", "application/pdf", utf8("%PDF-1.4")));
        assertThat(pdf.statusCode()).isEqualTo(415);
        HttpResponse<String> disguised = upload("heping", HEPING, new Multipart().field("dataset", "funds")
                .field("period", "2025-05").file("file", "f.csv", "image/png", utf8(POPULATION)));
        assertThat(disguised.statusCode()).isEqualTo(415);

        for (String name : List.of("../../etc/passwd.csv", "..\\inbox\\x.csv", "a/b.csv", "..")) {
            HttpResponse<String> r = upload("heping", HEPING, new Multipart().field("dataset", "funds")
                    .field("period", "2025-05").file("file", name, "text/csv", utf8(POPULATION)));
            assertThat(r.statusCode()).as(name + " → " + r.body()).isEqualTo(400);
            assertThat(json(r).get("code").asText()).isEqualTo("BAD_PARAMETER");
        }
        HttpResponse<String> badPeriod = upload("heping", HEPING, new Multipart().field("dataset", "funds")
                .field("period", "2025-13").file("file", "f.csv", "text/csv", utf8(POPULATION)));
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(tmp.resolve("etc")).doesNotExist();
    }

    @Test
    @Order(7)
    void aBrowserUploadNeedsTheCsrfToken() {
        Browser b = new Browser(server);
        b.login("heping", TestServer.PASSWORD, "/");
        HttpResponse<String> page = b.get("/communities/" + HEPING + "/upload");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"dropzone\"", "upload-form");
        Multipart form = new Multipart().field("dataset", "population").field("period", "2025-06")
                .file("file", "p.csv", "text/csv", utf8(POPULATION));
        HttpResponse<String> without = server.send(b.withCookies(form.post(
                HttpRequest.newBuilder(server.uri("/api/communities/" + HEPING + "/uploads")))));
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(json(without).get("code").asText()).isEqualTo("CSRF_TOKEN_MISSING");
        Multipart withToken = new Multipart().field("_csrf", Browser.csrfOf(page.body()))
                .field("dataset", "population").field("period", "2025-06")
                .file("file", "p.csv", "text/csv", utf8(POPULATION));
        HttpResponse<String> with = server.send(b.withCookies(withToken.post(
                HttpRequest.newBuilder(server.uri("/api/communities/" + HEPING + "/uploads")))));
        assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
    }

    @Test
    @Order(8)
    void theInboxHoldsExactlyWhatTheNightlyRunShouldTake() {
        Map<String, String> inbox = new TreeMap<>();
        SubmissionValidator nightly = new SubmissionValidator(ReferenceLoader.load(landing.resolve("reference")),
                new KeyedHasher(new byte[32]));
        for (Path f : LandingArea.inboxFiles(landing)) {
            FileResult r = nightly.validate(f);
            inbox.put(f.getFileName().toString(), (r.rejectedWhole() ? "rejected " : "taken ") + r.rowsAccepted()
                    + "+" + r.rowsRejected());
        }
        assertThat(inbox).containsExactly(
                Map.entry(HEPING + "_employment_2025-02_" + STAMP + ".csv", "taken 2+2"),
                Map.entry(HEPING + "_population_2025-02_" + STAMP + ".csv", "taken 1+0"),
                Map.entry(HEPING + "_population_2025-06_" + STAMP + ".csv", "taken 1+0"));
    }
}
