package commstat.server.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers on the feature pages: decimals shown half up (the marts keep them exact; the JSON gives them whole). */
public final class Num {
    private Num() {
    }

    /** Two decimals, half up: {@code 83.45}; a dash for null. */
    public static String d2(BigDecimal v) {
        return v == null ? "–" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Four decimals, half up, for raw values; trailing zeros kept off. */
    public static String d4(BigDecimal v) {
        if (v == null) {
            return "–";
        }
        BigDecimal s = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** A count or decimal without decimals when whole ({@code 48}, not {@code 48.0000000000}). */
    public static String plain(BigDecimal v) {
        return d4(v);
    }

    /** Money: {@code 12,345.60}. */
    public static String cny(BigDecimal v) {
        if (v == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /** A ratio as a percentage with one decimal: {@code 0.0417} → {@code 4.2%}. */
    public static String pct(BigDecimal v) {
        return v == null ? "–" : v.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String orDash(Object v) {
        return v == null ? "–" : v.toString();
    }
}
