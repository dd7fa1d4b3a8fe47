package commstat.jobs.ingest;

import commstat.ingest.contract.ColumnType;
import commstat.ingest.contract.Dataset;
import commstat.ingest.contract.StoredColumn;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/** Spark schemas of the ingest tables, derived from the ingest module's {@link Dataset} (docs/DATA.md). */
public final class StagingSchemas {
    public static final DataType DECIMAL = DataTypes.createDecimalType(18, 2);
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    private StagingSchemas() {
    }

    /** {@code stg_<dataset>}: the common prefix, then the dataset's stored columns. */
    public static StructType staging(Dataset dataset) {
        List<StructField> fields = new ArrayList<>(List.of(
                field("source_file", DataTypes.StringType, false),
                field("line", DataTypes.IntegerType, false),
                field("community_code", DataTypes.StringType, false),
                field("period", DataTypes.StringType, false),
                field("submitted_at", DataTypes.TimestampNTZType, false),
                field("is_effective", DataTypes.BooleanType, false)));
        for (StoredColumn c : dataset.storedColumns()) {
            fields.add(field(c.name(), sparkType(c.type()), c.nullable()));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    public static StructType files() {
        return struct(
                field("file_name", DataTypes.StringType, false),
                field("community_code", DataTypes.StringType, true),
                field("dataset", DataTypes.StringType, true),
                field("period", DataTypes.StringType, true),
                field("submitted_at", DataTypes.TimestampNTZType, true),
                field("outcome", DataTypes.StringType, false),
                field("reason", DataTypes.StringType, true),
                field("message", DataTypes.StringType, true),
                field("encoding", DataTypes.StringType, true),
                field("rows_read", DataTypes.IntegerType, false),
                field("rows_accepted", DataTypes.IntegerType, false),
                field("rows_rejected", DataTypes.IntegerType, false),
                field("is_effective", DataTypes.BooleanType, false),
                field("is_superseded", DataTypes.BooleanType, false),
                field("warnings", STRINGS, false));
    }

    public static StructType rejects() {
        return struct(
                field("file_name", DataTypes.StringType, false),
                field("community_code", DataTypes.StringType, false),
                field("dataset", DataTypes.StringType, false),
                field("period", DataTypes.StringType, false),
                field("line", DataTypes.IntegerType, false),
                field("column_name", DataTypes.StringType, true),
                field("code", DataTypes.StringType, false),
                field("faults", STRINGS, false),
                field("message", DataTypes.StringType, false));
    }

    public static StructType effectiveSubmissions() {
        return struct(
                field("community_code", DataTypes.StringType, false),
                field("dataset", DataTypes.StringType, false),
                field("period", DataTypes.StringType, false),
                field("file_name", DataTypes.StringType, false),
                field("submitted_at", DataTypes.TimestampNTZType, false),
                field("first_accepted_file", DataTypes.StringType, false),
                field("first_accepted_at", DataTypes.TimestampNTZType, false),
                field("deadline", DataTypes.TimestampNTZType, false),
                field("is_on_time", DataTypes.BooleanType, false));
    }

    public static StructType referenceProblems() {
        return struct(
                field("file", DataTypes.StringType, false),
                field("line", DataTypes.IntegerType, true),
                field("problem", DataTypes.StringType, false));
    }

    static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case DATE -> DataTypes.DateType;
            case DECIMAL -> DECIMAL;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static StructType struct(StructField... fields) {
        return new StructType(fields);
    }
}
