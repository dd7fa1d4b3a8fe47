package commstat.ingest.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static commstat.ingest.contract.ColumnType.DATE;
import static commstat.ingest.contract.ColumnType.DECIMAL;
import static commstat.ingest.contract.ColumnType.INT;
import static commstat.ingest.contract.ColumnType.STRING;

/**
 * The four submission datasets and what is stored of each once a row is accepted.
 * Stored columns are the contract's columns minus what must not be kept: the ID number becomes
 * {@code person_key} (keyed hash), a floating row's gender and birth date are dropped after the
 * agreement check, of {@code origin_region} only the province is kept, and name columns never arrive here.
 */
public enum Dataset {
    POPULATION(List.of(
            c("households", INT), c("registered_residents", INT), c("resident_population", INT),
            c("aged_0_17", INT), c("aged_18_59", INT), c("aged_60_plus", INT),
            c("births", INT), c("deaths", INT), c("disabled_persons", INT),
            c("low_income_households", INT), c("elderly_living_alone", INT))),
    EMPLOYMENT(List.of(
            c("event_id", STRING), c("person_key", STRING), c("household_id", STRING),
            c("event_type", STRING), c("event_date", DATE), opt("difficulty_category", STRING))),
    FLOATING(List.of(
            c("record_id", STRING), c("person_key", STRING), c("origin_province", STRING),
            c("registered_on", DATE), opt("departed_on", DATE),
            c("housing_type", STRING), c("reason", STRING))),
    FUNDS(List.of(
            c("txn_id", STRING), c("account_no", STRING), c("txn_date", DATE),
            c("direction", STRING), c("item", STRING), c("amount_cny", DECIMAL),
            c("voucher_no", STRING), c("counterparty", STRING), c("counterparty_type", STRING),
            c("purpose", STRING), opt("approved_by", STRING)));

    private final List<StoredColumn> storedColumns;

    Dataset(List<StoredColumn> storedColumns) {
        this.storedColumns = storedColumns;
    }

    /** The code used in file names and tables: {@code population}, {@code employment}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The values of a {@code StoredRow} of this dataset, in this order. */
    public List<StoredColumn> storedColumns() {
        return storedColumns;
    }

    public static Optional<Dataset> fromCode(String code) {
        for (Dataset d : values()) {
            if (d.code().equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static StoredColumn c(String name, ColumnType type) {
        return new StoredColumn(name, type, false);
    }

    private static StoredColumn opt(String name, ColumnType type) {
        return new StoredColumn(name, type, true);
    }
}
