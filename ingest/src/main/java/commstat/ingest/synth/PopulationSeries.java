package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.time.YearMonth;

/** The community's month-end population figures: a slowly drifting stock with births, deaths and migration. */
final class PopulationSeries {
    private final SynthRandom random;
    private double resident;
    private final double registeredShare;
    private final double personsPerHousehold;
    private double young;
    private double old;
    private final double disabledShare;
    private final double lowIncomeShare;
    private final double aloneShare;

    PopulationSeries(CommunityPlan community, SynthRandom random) {
        this.random = random;
        this.resident = Math.max(300, random.logNormal(2600, 0.15) * community.size());
        this.registeredShare = random.uniform(0.6, 1.1);
        this.personsPerHousehold = random.uniform(2.2, 2.9);
        this.young = random.uniform(0.12, 0.22);
        this.old = random.uniform(0.16, 0.32);
        this.disabledShare = random.uniform(0.008, 0.03);
        this.lowIncomeShare = random.uniform(0.005, 0.04);
        this.aloneShare = random.uniform(0.05, 0.14);
    }

    MonthTable next(YearMonth period) {
        int births = random.poisson(resident * 0.008 / 12);
        int deaths = random.poisson(resident * 0.007 / 12);
        resident = Math.max(200, resident + births - deaths + resident * 0.004 * random.gaussian());
        young = clamp(young + 0.002 * random.gaussian(), 0.08, 0.3);
        old = clamp(old + 0.002 * random.gaussian(), 0.1, 0.4);
        int total = (int) Math.round(resident);
        int aged0 = (int) Math.round(total * young);
        int aged60 = (int) Math.round(total * old);
        int aged18 = total - aged0 - aged60;
        int households = (int) Math.round(total / personsPerHousehold);
        MonthTable table = new MonthTable(Dataset.POPULATION, period);
        table.rows().add(new Object[]{
                households, (int) Math.round(total * registeredShare), total, aged0, aged18, aged60, births, deaths,
                (int) Math.round(total * disabledShare), (int) Math.round(households * lowIncomeShare),
                (int) Math.round(aged60 * aloneShare)});
        return table;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
