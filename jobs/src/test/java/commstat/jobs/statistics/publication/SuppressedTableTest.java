package commstat.jobs.statistics.publication;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-computed tables (totals last: the right column and the bottom row). */
class SuppressedTableTest {
    @Test
    void aLoneSuppressedCellInARowTakesItsSmallestNeighbourAndTheTotalRowFollows() {
        // 3 10 | 13 / 0 0 | 0 / 3 10 | 13: primary 3 (twice); rows A and T each take their 10.
        assertThat(table(new Long[][] {{3L, 10L}, {0L, 0L}}))
                .isEqualTo("<5 x 13\n0 0 0\n<5 x 13\n");
    }

    @Test
    void theCascadeRunsUntilNoLineHoldsASingleSuppressedCell() {
        // 3 10 20 | 33 / 8 12 30 | 50 / 11 22 50 | 83. Row A: 3 primary, 10 x. Column 0: 8 x (8 < 11).
        // Column 1: 10 is alone there, 12 x (12 < 22). Row B then holds two: done.
        assertThat(table(new Long[][] {{3L, 10L, 20L}, {8L, 12L, 30L}}))
                .isEqualTo("<5 x 20 33\nx x 30 50\n11 22 50 83\n");
    }

    @Test
    void aTotalFromOneToFourIsSuppressedLikeAnyCell() {
        // 2 0 0 | 2 / 0 7 9 | 16 / 2 7 9 | 18. Primary: 2, its row total 2, the column total 2.
        // Total row: 2 alone → 7 x; column 1: that 7 alone → the 7 above x; total column: 2 alone → 16 x (16 < 18).
        assertThat(table(new Long[][] {{2L, 0L, 0L}, {0L, 7L, 9L}}))
                .isEqualTo("<5 0 0 <5\n0 x 9 x\n<5 x 9 18\n");
    }

    @Test
    void tiesGoToTheFirstInRowThenColumnOrder() {
        // 2 6 6 | 14 / 6 6 6 | 18 / 8 12 12 | 32. Row A: the first 6 of two. Column 0: 6 < 8. Column 1: 6 < 12.
        assertThat(table(new Long[][] {{2L, 6L, 6L}, {6L, 6L, 6L}}))
                .isEqualTo("<5 x 6 14\nx x 6 18\n8 12 12 32\n");
    }

    @Test
    void zeroIsNeverChosenNorSuppressed() {
        // 3 0 8 | 11 / 0 0 0 | 0 / 3 0 8 | 11: the 0 beside the 3 is skipped, 8 is taken.
        assertThat(table(new Long[][] {{3L, 0L, 8L}, {0L, 0L, 0L}}))
                .isEqualTo("<5 0 x 11\n0 0 0 0\n<5 0 x 11\n");
    }

    @Test
    void aValueNotReportedCountsZeroAndIsNeverChosen() {
        // - 3 | 3 / 5 5 | 10 / 5 8 | 13: 3 and its row total primary; columns 1 and 2 then take 5 and 10.
        assertThat(table(new Long[][] {{null, 3L}, {5L, 5L}}))
                .isEqualTo("- <5 <5\n5 x x\n5 8 13\n");
    }

    @Test
    void nothingToSuppressLeavesTheTableAsItIs() {
        assertThat(table(new Long[][] {{5L, 0L}, {10L, 20L}})).isEqualTo("5 0 5\n10 20 30\n15 20 35\n");
        assertThat(table(new Long[][] {})).isEqualTo("0\n");
    }

    @Test
    void randomTablesNeverShowOneToFourNorLeaveALineWithOneSuppressedCell() {
        SplittableRandom random = new SplittableRandom(20251125);
        for (int n = 0; n < 2000; n++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            Long[][] counts = new Long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int k = random.nextInt(10);
                    counts[r][c] = k == 0 ? null : k < 3 ? 0L : k < 6 ? (long) random.nextInt(1, 5) : (long) random.nextInt(5, 40);
                }
            }
            SuppressedTable t = SuppressedTable.of(counts);
            for (int r = 0; r < t.rows(); r++) {
                for (int c = 0; c < t.columns(); c++) {
                    String shown = t.shown(r, c);
                    if (shown.matches("\\d+")) {
                        assertThat(Long.parseLong(shown) >= 1 && Long.parseLong(shown) <= 4).as("shown cell %s", shown).isFalse();
                    }
                    if (t.exact(r, c) == 0) {
                        assertThat(t.mark(r, c)).isEqualTo(SuppressedTable.Mark.SHOWN);
                    }
                }
                assertThat(suppressedInRow(t, r)).as("row %d of\n%s", r, t.render()).isNotEqualTo(1);
            }
            for (int c = 0; c < t.columns(); c++) {
                assertThat(suppressedInColumn(t, c)).as("column %d of\n%s", c, t.render()).isNotEqualTo(1);
            }
        }
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> SuppressedTable.of(new Long[][] {{1L, -2L}}))
                .hasMessage("a count cannot be negative: row 0 column 1 is -2");
    }

    private static String table(Long[][] counts) {
        return SuppressedTable.of(counts).render();
    }

    private static int suppressedInRow(SuppressedTable t, int r) {
        int n = 0;
        for (int c = 0; c < t.columns(); c++) {
            n += t.mark(r, c) == SuppressedTable.Mark.SHOWN ? 0 : 1;
        }
        return n;
    }

    private static int suppressedInColumn(SuppressedTable t, int c) {
        int n = 0;
        for (int r = 0; r < t.rows(); r++) {
            n += t.mark(r, c) == SuppressedTable.Mark.SHOWN ? 0 : 1;
        }
        return n;
    }
}
