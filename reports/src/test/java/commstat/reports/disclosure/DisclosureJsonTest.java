package commstat.reports.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureJsonTest {
    @Test
    void theDocumentCarriesVersionDateAndEveryFigureAsExactStrings() throws Exception {
        PublishedDisclosure p = new PublishedDisclosure(TestDisclosures.sample("5000.00"), 2, LocalDate.of(2026, 3, 1), "note");
        JsonNode doc = new ObjectMapper().readTree(DisclosureJson.render(p));
        assertThat(doc.at("/publication/version").asInt()).isEqualTo(2);
        assertThat(doc.at("/publication/publication_date").asText()).isEqualTo("2026-03-01");
        assertThat(doc.at("/community_name").asText()).isEqualTo("长乐家园社区");
        assertThat(doc.at("/accounts/TOTAL/closing").asText()).isEqualTo("2900.01");
        assertThat(doc.at("/accounts/TOTAL/income/CITY_ALLOCATION").asText()).isEqualTo("5000.00");
        assertThat(doc.at("/accounts/TOTAL/spending/OFFICE").asText()).isEqualTo("999.99");
        assertThat(doc.at("/large_payments/0/counterparty").asText()).isEqualTo("王**");
        assertThat(doc.at("/sources/0/submitted_at").asText()).isEqualTo("2025-02-01T16:37:35");
    }

    @Test
    void theContentLeavesOutVersionAndDateSoTheyChangeNoHash() {
        Disclosure d = TestDisclosures.sample("5000.00");
        byte[] a = DisclosureJson.contentBytes(d);
        assertThat(new String(a, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("publication", "2026-03-01");
        assertThat(DisclosureJson.contentBytes(TestDisclosures.sample("5000.00"))).isEqualTo(a);
        assertThat(DisclosureJson.contentBytes(TestDisclosures.sample("5000.01"))).isNotEqualTo(a);
    }
}
