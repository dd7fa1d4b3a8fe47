package commstat.ingest.validate;

import commstat.ingest.contract.Dataset;
import commstat.ingest.contract.StoredColumn;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * From an accepted row's parsed values to what is stored ({@link Dataset#storedColumns()}): the ID number becomes
 * {@code person_key} (keyed hash), {@code origin_region} keeps its province only, {@code amount} becomes
 * {@code amount_cny}; gender, birth date and name columns are not stored at all.
 */
final class StoredRows {
    private StoredRows() {
    }

    /** @param personKey the keyed hash of a normalised ID number */
    static Object[] values(Dataset dataset, RowValues row, UnaryOperator<String> personKey) {
        List<StoredColumn> columns = dataset.storedColumns();
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            String name = columns.get(i).name();
            out[i] = switch (name) {
                case "person_key" -> personKey.apply(((ResidentId) row.value("id_number")).normalised());
                case "origin_province" -> ((String) row.value("origin_region")).substring(0, 2);
                case "amount_cny" -> row.value("amount");
                default -> row.value(name);
            };
        }
        return out;
    }
}
