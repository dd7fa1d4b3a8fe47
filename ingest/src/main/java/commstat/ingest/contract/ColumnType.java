package commstat.ingest.contract;

/** The Java type a stored value has: STRING→String, INT→Integer, DATE→LocalDate, DECIMAL→BigDecimal (scale 2), BOOLEAN→Boolean. */
public enum ColumnType { STRING, INT, DATE, DECIMAL, BOOLEAN }
