package commstat.reports.disclosure;

import commstat.ingest.contract.FundItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureReaderTest {
    @TempDir
    Path snapshot;

    @Test
    void readsTheClosedDisclosuresOfTheMartsAsTheSampleHoldsThem() {
        DisclosureMartsFixture.write(snapshot, "5000.00");
        List<Disclosure> closed = DisclosureReader.closed(snapshot);
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0)).isEqualTo(TestDisclosures.sample("5000.00"));
        assertThat(DisclosureReader.all(snapshot)).extracting(Disclosure::quarterLabel, Disclosure::closed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-Q1", true),
                        org.assertj.core.groups.Tuple.tuple("2025-Q2", false));
        Disclosure.AccountFigures open = DisclosureReader.all(snapshot).get(1).total();
        assertThat(open.accountNo()).isEqualTo("TOTAL");
        assertThat(open.item(FundItem.CITY_ALLOCATION)).isEqualTo(BigDecimal.ZERO.setScale(2));
    }

    @Test
    void aSnapshotWithoutTheMartsSaysWhichTableIsMissing() {
        assertThatThrownBy(() -> DisclosureReader.closed(snapshot))
                .hasMessage("the snapshot " + snapshot + " has no table disclosure_quarters (run `commstat funds` first)");
    }
}
