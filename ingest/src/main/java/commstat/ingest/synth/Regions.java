package commstat.ingest.synth;

/** Plausible 6-digit division codes of origin: province, city, county; nearby provinces weighted up. */
final class Regions {
    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"};
    private static final String[] NEAR = {"21", "22", "23", "15", "13", "37", "41"};

    private Regions() {
    }

    static String random(SynthRandom random) {
        String province = random.chance(0.6) ? NEAR[random.between(0, NEAR.length - 1)]
                : PROVINCES[random.between(0, PROVINCES.length - 1)];
        return province + String.format("%02d%02d", random.between(1, 12), random.between(1, 28));
    }
}
