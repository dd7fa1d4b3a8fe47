package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The employment-service events of a community, month by month: people register as unemployed and are placed
 * later (the same ID, so the product can follow them), zero-employment households are declared and later cleared.
 */
final class EmploymentEvents {
    private static final String[] DIFFICULTY = {"残疾人", "退役军人", "大龄失业人员", "长期失业人员", "低保家庭成员"};
    private static final double[] TYPE_WEIGHTS = {0.34, 0.24, 0.10, 0.18, 0.07, 0.04, 0.03};
    private static final Label[] TYPES = {Label.UNEMPLOYED_REGISTERED, Label.EMPLOYED, Label.FLEXIBLE_VERIFIED,
            Label.TRAINING, Label.ENTREPRENEURSHIP, Label.ZERO_HOUSEHOLD_DECLARED, Label.ZERO_HOUSEHOLD_CLEARED};

    private final CommunityPlan community;
    private final SynthRandom random;
    private final List<Person> unemployed = new ArrayList<>();
    private final List<Person> zeroHouseholds = new ArrayList<>();
    private int households;

    EmploymentEvents(CommunityPlan community, SynthRandom random) {
        this.community = community;
        this.random = random;
    }

    MonthTable next(YearMonth period) {
        int count = random.poisson(200.0 / 12 * community.size() * Seasonality.employment(period.getMonthValue()));
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Label type = TYPES[random.weighted(TYPE_WEIGHTS)];
            Person person;
            String difficulty = random.chance(0.2) ? DIFFICULTY[random.between(0, DIFFICULTY.length - 1)] : null;
            switch (type) {
                case UNEMPLOYED_REGISTERED -> {
                    person = newPerson();
                    unemployed.add(person);
                }
                case EMPLOYED, FLEXIBLE_VERIFIED -> person = unemployed.isEmpty() || random.chance(0.2)
                        ? newPerson() : unemployed.remove(random.between(0, unemployed.size() - 1));
                case ZERO_HOUSEHOLD_DECLARED -> {
                    person = newPerson();
                    zeroHouseholds.add(person);
                    difficulty = "零就业家庭成员";
                }
                case ZERO_HOUSEHOLD_CLEARED -> {
                    if (zeroHouseholds.isEmpty()) {
                        type = Label.TRAINING;
                        person = newPerson();
                    } else {
                        person = zeroHouseholds.remove(0);
                        difficulty = "零就业家庭成员";
                    }
                }
                default -> person = unemployed.isEmpty() || random.chance(0.5)
                        ? newPerson() : unemployed.get(random.between(0, unemployed.size() - 1));
            }
            LocalDate date = period.atDay(random.between(1, period.lengthOfMonth()));
            rows.add(new Object[]{null, person.id(), person.household(), type, date, difficulty, person.name()});
        }
        // Ledger order: by date, numbered in that order (JY + yyyyMM + sequence), as a service desk would.
        rows.sort(Comparator.comparing(r -> (LocalDate) r[4]));
        MonthTable table = new MonthTable(Dataset.EMPLOYMENT, period);
        String prefix = String.format("JY%d%02d", period.getYear(), period.getMonthValue());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i)[0] = prefix + String.format("%05d", i + 1);
            table.rows().add(rows.get(i));
        }
        return table;
    }

    private Person newPerson() {
        String household = "H" + community.code().substring(6) + String.format("%04d", ++households);
        String region = random.chance(0.8) ? community.districtCode() : Regions.random(random);
        return Person.random(region, 1966, 2006, household, random);
    }
}
