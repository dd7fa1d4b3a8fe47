package commstat.ingest.synth;

import commstat.ingest.contract.ResidentIdChecksum;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Resident ID numbers (GB 11643-1999): valid ones, and the broken forms real files carry. */
final class ResidentIds {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private ResidentIds() {
    }

    /** A valid ID: region, birth date, a sequence whose parity gives the gender, the check character. */
    static String valid(String region, LocalDate birthDate, boolean male, SynthRandom random) {
        int sequence = random.between(0, 499) * 2 + (male ? 1 : 0);
        String first17 = region + birthDate.format(BASIC) + String.format("%03d", sequence);
        return first17 + ResidentIdChecksum.checkCharacter(first17);
    }

    /** The same ID with a wrong check character (a typo in the last place). */
    static String withBadChecksum(String id) {
        char good = id.charAt(17);
        char bad = good == '9' ? '0' : good == 'X' ? '3' : (char) (good + 1);
        return id.substring(0, 17) + bad;
    }

    /** The same ID with two neighbouring digits swapped (a typing error the checksum catches). */
    static String withSwappedDigits(String id, SynthRandom random) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int i = random.between(6, 15);
            if (id.charAt(i) != id.charAt(i + 1)) {
                String swapped = id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
                if (ResidentIdChecksum.checkCharacter(swapped.substring(0, 17)) != swapped.charAt(17)) {
                    return swapped;
                }
            }
        }
        return withBadChecksum(id);
    }

    static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    static LocalDate birthDate(String id) {
        return LocalDate.parse(id.substring(6, 14), BASIC);
    }

    /** What Excel keeps of an 18-digit number: 15 significant digits, as a double. */
    static double excelNumber(String id) {
        return new BigDecimal(id.substring(0, 15) + "000").doubleValue();
    }

    /** How Excel's "General" format shows that number in a CSV it saves: {@code 2.20302E+17}. */
    static String excelGeneralText(String id) {
        BigDecimal rounded = new BigDecimal(id.substring(0, 15) + "000").round(new MathContext(6)).stripTrailingZeros();
        String mantissa = rounded.unscaledValue().toString();
        String digits = mantissa.length() == 1 ? mantissa : mantissa.charAt(0) + "." + mantissa.substring(1);
        return digits + "E+" + (rounded.precision() - rounded.scale() - 1);
    }
}
