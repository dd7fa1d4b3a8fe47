package commstat.jobs.ingest;

import commstat.ingest.landing.AssessmentInput;
import commstat.ingest.landing.Community;
import commstat.ingest.landing.FiscalAllocation;
import commstat.ingest.landing.HousingArea;
import commstat.ingest.landing.OpeningBalance;
import commstat.ingest.landing.ReferenceData;
import commstat.ingest.landing.ReferenceProblem;
import commstat.ingest.landing.SpecialAccount;
import commstat.jobs.warehouse.TableWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static commstat.jobs.ingest.StagingSchemas.DECIMAL;
import static commstat.jobs.ingest.StagingSchemas.field;
import static commstat.jobs.ingest.StagingSchemas.struct;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The typed reference files as {@code ref_*} tables, and the rows left out as {@code reference_problems}. */
final class ReferenceTables {
    private ReferenceTables() {
    }

    /** The writes of the reference tables, by table name, to be run (at once) by the caller. */
    static Map<String, Callable<Long>> writes(SparkSession spark, TableWriter writer, ReferenceData ref) {
        Map<String, Callable<Long>> writes = new LinkedHashMap<>();
        table(writes, spark, writer, "ref_communities", ref.communities(), struct(
                field("community_code", StringType, false), field("community_name", StringType, false),
                field("street_code", StringType, false), field("street_name", StringType, false),
                field("district_code", StringType, false), field("district_name", StringType, false),
                field("established_on", DateType, true), field("dissolved_on", DateType, true)),
                (Community c) -> RowFactory.create(c.code(), c.name(), c.streetCode(), c.streetName(), c.districtCode(),
                        c.districtName(), c.establishedOn(), c.dissolvedOn()),
                "community_code");
        table(writes, spark, writer, "ref_special_accounts", ref.specialAccounts(), struct(
                field("account_no", StringType, false), field("community_code", StringType, false),
                field("opened_on", DateType, false), field("closed_on", DateType, true)),
                (SpecialAccount a) -> RowFactory.create(a.accountNo(), a.communityCode(), a.openedOn(), a.closedOn()),
                "community_code", "account_no", "opened_on");
        table(writes, spark, writer, "ref_opening_balances", ref.openingBalances(), struct(
                field("account_no", StringType, false), field("community_code", StringType, false),
                field("as_of", DateType, false), field("balance_cny", DECIMAL, false)),
                (OpeningBalance b) -> RowFactory.create(b.accountNo(), b.communityCode(), b.asOf(), b.balanceCny()),
                "community_code", "account_no", "as_of");
        table(writes, spark, writer, "ref_fiscal_allocations", ref.fiscalAllocations(), struct(
                field("year", IntegerType, false), field("level", StringType, false), field("unit_code", StringType, false),
                field("fiscal_income_increase_cny", DECIMAL, false), field("community_funds_allocated_cny", DECIMAL, false)),
                (FiscalAllocation f) -> RowFactory.create(f.year(), f.level(), f.unitCode(), f.fiscalIncomeIncreaseCny(),
                        f.communityFundsAllocatedCny()),
                "year", "level", "unit_code");
        table(writes, spark, writer, "ref_housing_areas", ref.housingAreas(), struct(
                field("area_code", StringType, false), field("area_name", StringType, false),
                field("district_code", StringType, false), field("urban_rural_fringe", BooleanType, false),
                field("served_by_community_code", StringType, true), field("own_committee", BooleanType, false),
                field("housing_units", IntegerType, false), field("occupied_units", IntegerType, false),
                field("as_of", DateType, false)),
                (HousingArea h) -> RowFactory.create(h.areaCode(), h.areaName(), h.districtCode(), h.urbanRuralFringe(),
                        h.servedByCommunityCode(), h.ownCommittee(), h.housingUnits(), h.occupiedUnits(), h.asOf()),
                "area_code", "as_of");
        table(writes, spark, writer, "ref_assessment_inputs", ref.assessmentInputs(), struct(
                field("year", IntegerType, false), field("community_code", StringType, false),
                field("indicator", StringType, false), field("value", DataTypes.createDecimalType(38, 10), false)),
                (AssessmentInput i) -> RowFactory.create(i.year(), i.communityCode(), i.indicator(), i.value()),
                "year", "community_code", "indicator");
        table(writes, spark, writer, "reference_problems", ref.problems(), StagingSchemas.referenceProblems(),
                (ReferenceProblem p) -> RowFactory.create(p.file(), p.line(), p.problem()),
                "file", "line", "problem");
        return writes;
    }

    private static <T> void table(Map<String, Callable<Long>> writes, SparkSession spark, TableWriter writer,
                                  String name, List<T> rows, StructType schema, Function<T, Row> toRow,
                                  String... sortKeys) {
        List<Row> converted = rows.stream().map(toRow).toList();
        writes.put(name, () -> writer.write(name, spark.createDataFrame(converted, schema), converted.size(), sortKeys));
    }
}
