package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The community's floating-resident register: new registrations each month, and departures of people registered
 * earlier (this year or before), reported as a later row with the same {@code record_id} and a {@code departed_on}.
 */
final class FloatingRegister {
    private static final Label[] HOUSING = {Label.RENTAL, Label.EMPLOYER, Label.RELATIVE, Label.OTHER};
    private static final double[] HOUSING_WEIGHTS = {0.55, 0.2, 0.15, 0.1};
    private static final Label[] REASONS = {Label.WORK, Label.BUSINESS, Label.STUDY, Label.FAMILY, Label.OTHER};
    private static final double[] REASON_WEIGHTS = {0.55, 0.15, 0.1, 0.15, 0.05};

    /** A register entry; the row is rebuilt from it whenever it is reported. */
    private record Entry(String recordId, Person person, String origin, LocalDate registeredOn, Label housing, Label reason) {
    }

    private final CommunityPlan community;
    private final SynthRandom random;
    private final List<Entry> active = new ArrayList<>();
    private int sequence;

    FloatingRegister(CommunityPlan community, SynthRandom random, int year) {
        this.community = community;
        this.random = random;
        // People registered in earlier years: never reported this year unless they leave.
        int earlier = (int) Math.round(150 * community.size());
        for (int i = 0; i < earlier; i++) {
            LocalDate registered = LocalDate.of(random.between(year - 4, year - 1), random.between(1, 12), random.between(1, 28));
            active.add(newEntry(registered));
        }
    }

    MonthTable next(YearMonth period) {
        int count = random.poisson(500.0 / 12 * community.size() * Seasonality.floating(period.getMonthValue()));
        MonthTable table = new MonthTable(Dataset.FLOATING, period);
        for (int i = 0; i < count; i++) {
            if (random.chance(0.3) && !active.isEmpty()) {
                Entry leaving = active.remove(random.between(0, active.size() - 1));
                LocalDate earliest = leaving.registeredOn().isAfter(period.atDay(1)) ? leaving.registeredOn() : period.atDay(1);
                LocalDate departed = earliest.plusDays(random.between(0, (int) (period.atEndOfMonth().toEpochDay() - earliest.toEpochDay())));
                table.rows().add(row(leaving, leaving.housing(), departed));
            } else if (random.chance(0.04) && !active.isEmpty()) {
                // A change of housing: the same record again, the new row replaces the old one.
                int k = random.between(0, active.size() - 1);
                Entry old = active.get(k);
                Entry moved = new Entry(old.recordId(), old.person(), old.origin(), old.registeredOn(),
                        HOUSING[random.weighted(HOUSING_WEIGHTS)], old.reason());
                active.set(k, moved);
                table.rows().add(row(moved, moved.housing(), null));
            } else {
                // Mostly registered in the month; some entered late, registered the month before.
                LocalDate registered = random.chance(0.85)
                        ? period.atDay(random.between(1, period.lengthOfMonth()))
                        : period.minusMonths(1).atDay(random.between(1, period.minusMonths(1).lengthOfMonth()));
                Entry entry = newEntry(registered);
                active.add(entry);
                table.rows().add(row(entry, entry.housing(), null));
            }
        }
        return table;
    }

    private Entry newEntry(LocalDate registered) {
        String recordId = "LD" + community.code().substring(6) + String.format("%05d", ++sequence);
        String origin = Regions.random(random);
        String idRegion = random.chance(0.88) ? origin : Regions.random(random);
        Person person = Person.random(idRegion, 1958, 2007, null, random);
        return new Entry(recordId, person, origin, registered, HOUSING[random.weighted(HOUSING_WEIGHTS)],
                REASONS[random.weighted(REASON_WEIGHTS)]);
    }

    private static Object[] row(Entry e, Label housing, LocalDate departed) {
        String id = e.person().id();
        return new Object[]{e.recordId(), id, ResidentIds.isMale(id) ? Label.M : Label.F, ResidentIds.birthDate(id),
                e.origin(), e.registeredOn(), departed, housing, e.reason(), e.person().name()};
    }
}
