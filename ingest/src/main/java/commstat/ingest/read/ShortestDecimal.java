package commstat.ingest.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as the same double, in plain digits: how the contract reads an XLSX
 * number ({@code 13.100000000000001} is 13.1, {@code 2.20302E+17} is {@code 220302000000000000}).
 * Java 17's {@code Double.toString} is not always shortest (fixed only in JDK 19), hence the search.
 */
final class ShortestDecimal {
    private ShortestDecimal() {
    }

    static String of(double d) {
        if (d == 0) {
            return "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == d) {
                return plain(rounded);
            }
        }
        return plain(exact);
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
