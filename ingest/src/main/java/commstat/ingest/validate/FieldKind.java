package commstat.ingest.validate;

/**
 * How a submission column is read. All kinds but {@link #TEXT} are NFKC-normalised before parsing; free text
 * is only trimmed (names and free text are never normalised).
 */
public enum FieldKind {
    /** {@code [+-]?\d+}, or an integral XLSX/JSON number; below zero is {@code NEGATIVE_VALUE}. */
    INT,
    /** {@code yyyy-MM-dd}, {@code yyyy/M/d} or an XLSX date cell. */
    DATE,
    /** CNY, {@code > 0}, at most 2 decimals, optional {@code ¥} and correct grouping. */
    AMOUNT,
    /** One of a {@link CodeList}: English code (any case) or Chinese label. */
    CODE,
    /** A GB 11643-1999 resident ID; hashed, never stored. */
    RESIDENT_ID,
    /** A 6-digit region code. */
    REGION,
    /** An identifier ({@code txn_id}, {@code account_no}, ...): NFKC, trimmed, not empty. */
    IDENTIFIER,
    /** Free text: trimmed only. */
    TEXT
}
