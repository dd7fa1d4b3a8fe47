package commstat.ingest.read;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One cell as the file format delivered it, before any contract rule is applied.
 * <ul>
 *   <li>{@code TEXT}: a string (CSV cells are always TEXT; XLSX string cells; JSON strings).</li>
 *   <li>{@code NUMBER}: an XLSX numeric cell that is not date-formatted, or a JSON number;
 *       {@code text} holds its shortest decimal form (e.g. {@code "1001"}, {@code "12.5"}, {@code "2.20302E+17"} is never produced here: a
 *       number keeps plain digits via {@link java.math.BigDecimal#toPlainString()} of the shortest repr).</li>
 *   <li>{@code DATE}: an XLSX date-formatted numeric cell; {@code date} holds its date part.</li>
 *   <li>{@code BOOLEAN}: an XLSX boolean cell or JSON true/false; {@code text} is "true"/"false".</li>
 *   <li>{@code EMPTY}: no value (a missing cell, JSON null, a missing JSON key).</li>
 * </ul>
 */
public record Cell(Kind kind, String text, LocalDate date) implements Serializable {
    public enum Kind { TEXT, NUMBER, DATE, BOOLEAN, EMPTY }

    public static final Cell EMPTY = new Cell(Kind.EMPTY, null, null);

    public static Cell text(String s) { return s == null ? EMPTY : new Cell(Kind.TEXT, s, null); }
    public static Cell number(String plain) { return new Cell(Kind.NUMBER, plain, null); }
    public static Cell date(LocalDate d) { return new Cell(Kind.DATE, d.toString(), d); }
    public static Cell bool(boolean b) { return new Cell(Kind.BOOLEAN, Boolean.toString(b), null); }

    public boolean isEmpty() { return kind == Kind.EMPTY; }
}
