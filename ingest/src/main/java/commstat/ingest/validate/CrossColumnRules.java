package commstat.ingest.validate;

import commstat.ingest.contract.Dataset;

import java.time.LocalDate;
import java.util.List;

import static commstat.ingest.contract.RejectReason.AGE_SUM_MISMATCH;
import static commstat.ingest.contract.RejectReason.BAD_VALUE;
import static commstat.ingest.contract.RejectReason.ID_MISMATCH;

/**
 * The rules that compare columns, run after every single-column check and only over values that passed them,
 * in the order of the column they report on (that order decides which fault is the row's code).
 */
final class CrossColumnRules {
    private CrossColumnRules() {
    }

    static void check(Dataset dataset, RowValues row, List<Fault> faults) {
        switch (dataset) {
            case POPULATION -> population(row, faults);
            case FLOATING -> floating(row, faults);
            case FUNDS -> funds(row, faults);
            case EMPLOYMENT -> {
            }
        }
    }

    private static void population(RowValues row, List<Fault> faults) {
        Integer resident = row.integer("resident_population");
        Integer young = row.integer("aged_0_17");
        Integer adult = row.integer("aged_18_59");
        Integer old = row.integer("aged_60_plus");
        if (resident != null && young != null && adult != null && old != null
                && (long) young + adult + old != resident) {
            faults.add(new Fault("resident_population", AGE_SUM_MISMATCH,
                    "the three age bands do not sum to resident_population (" + young + " + " + adult + " + " + old
                            + " = " + ((long) young + adult + old) + ", not " + resident + ")"));
        }
        notAbove(row, "low_income_households", "households", faults);
        notAbove(row, "elderly_living_alone", "aged_60_plus", faults);
    }

    private static void notAbove(RowValues row, String column, String limit, List<Fault> faults) {
        Integer value = row.integer(column);
        Integer max = row.integer(limit);
        if (value != null && max != null && value > max) {
            faults.add(new Fault(column, BAD_VALUE, column + " exceeds " + limit + " (" + value + " > " + max + ")"));
        }
    }

    private static void floating(RowValues row, List<Fault> faults) {
        ResidentId id = (ResidentId) row.value("id_number");
        String gender = (String) row.value("gender");
        LocalDate birth = (LocalDate) row.value("birth_date");
        if (id != null && gender != null && gender.equals("M") != id.male()) {
            faults.add(new Fault("gender", ID_MISMATCH, "gender does not agree with the ID number"));
        }
        if (id != null && birth != null && !birth.equals(id.birthDate())) {
            faults.add(new Fault("birth_date", ID_MISMATCH, "birth_date does not agree with the ID number"));
        }
        LocalDate registered = (LocalDate) row.value("registered_on");
        LocalDate departed = (LocalDate) row.value("departed_on");
        if (registered != null && departed != null && departed.isBefore(registered)) {
            faults.add(new Fault("departed_on", BAD_VALUE,
                    "departed_on is before registered_on (" + departed + " < " + registered + ")"));
        }
    }

    private static void funds(RowValues row, List<Fault> faults) {
        String direction = (String) row.value("direction");
        String item = (String) row.value("item");
        if (direction != null && item != null) {
            boolean fits = direction.equals("IN") ? SubmissionFields.INCOME_ITEMS.contains(item)
                    : SubmissionFields.SPENDING_ITEMS.contains(item);
            if (!fits) {
                faults.add(new Fault("item", BAD_VALUE, "item " + item + " does not belong to direction " + direction));
            }
        }
    }
}
