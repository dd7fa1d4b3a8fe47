package commstat.ingest.synth;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A fake resident: a valid ID (gender and birth date inside it), a fake name, a household. */
record Person(String id, String name, String household) {
    Person {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
    }

    static Person random(String region, int fromYear, int toYear, String household, SynthRandom random) {
        LocalDate birth = LocalDate.of(random.between(fromYear, toYear), random.between(1, 12), random.between(1, 28));
        return new Person(ResidentIds.valid(region, birth, random.chance(0.5), random), ChineseNames.person(random), household);
    }
}
