package commstat.ingest.validate;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.contract.ResidentIdChecksum;
import commstat.ingest.pseudo.IdMasking;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.read.Cell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A valid GB 11643-1999 resident ID: 6-digit region, birth date {@code yyyyMMdd} (real, not after the
 * submission's date), 3-digit sequence (odd = male), check character. {@code normalised} is NFKC, trimmed,
 * with an upper-case {@code X}; it is only ever hashed, and messages show it masked.
 */
public record ResidentId(String normalised, LocalDate birthDate, boolean male) {
    /** How Excel writes a long number it has cut to 15 digits: {@code 2.20302E+17}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d*)?[eE][+-]?\\d+");
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    static final String EXCEL_MANGLED = "the ID number arrived as a number and Excel has cut it to 15 significant "
            + "digits; format the column as text and send the file again";

    public ResidentId {
        requireNonNull(normalised, "normalised is null");
        requireNonNull(birthDate, "birthDate is null");
    }

    /**
     * Parses a cell of an {@code id_number} column; {@code notAfter} is the date of the file's
     * {@code submitted_at} (not the wall clock, so reruns agree).
     */
    static ResidentId parse(String column, Cell cell, String text, LocalDate notAfter) throws FieldFault {
        if (cell.kind() == Cell.Kind.NUMBER) {
            throw invalid(column, EXCEL_MANGLED);
        }
        if (text == null) {
            throw invalid(column, "empty");
        }
        if (SCIENTIFIC.matcher(text).matches()) {
            throw invalid(column, EXCEL_MANGLED);
        }
        String id = KeyedHasher.normalise(text);
        if (!SHAPE.matcher(id).matches()) {
            throw invalid(column, "'" + IdMasking.mask(id) + "' is not 17 digits and a check character");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid(column, "'" + IdMasking.mask(id) + "' holds a birth date that is not a real date");
        }
        if (birth.isAfter(notAfter)) {
            throw invalid(column, "'" + IdMasking.mask(id) + "' holds a birth date after the submission date "
                    + notAfter);
        }
        if (ResidentIdChecksum.checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
            throw invalid(column, "'" + IdMasking.mask(id) + "': check character is wrong");
        }
        boolean male = (id.charAt(16) - '0') % 2 == 1;
        return new ResidentId(id, birth, male);
    }

    private static FieldFault invalid(String column, String what) {
        return new FieldFault(RejectReason.INVALID_ID_NUMBER, column + ": " + what);
    }

    @Override
    public String toString() {
        return "ResidentId[" + IdMasking.mask(normalised) + "]"; // never the number in logs
    }
}
