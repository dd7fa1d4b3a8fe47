package commstat.ingest.synth;

/** Monthly multipliers (mean 1): job seeking and migration peak after the Spring Festival and at graduation; spending at year end. */
final class Seasonality {
    private static final double[] EMPLOYMENT = normalise(1.0, 1.4, 1.5, 1.1, 0.9, 1.0, 1.3, 1.1, 0.9, 0.9, 0.8, 0.7);
    private static final double[] FLOATING = normalise(0.7, 1.5, 1.6, 1.1, 0.9, 0.9, 1.0, 1.0, 1.1, 0.9, 0.8, 0.6);
    private static final double[] SPENDING = normalise(1.2, 1.1, 0.9, 0.9, 0.9, 1.1, 1.0, 0.9, 1.0, 1.0, 1.0, 1.6);

    private Seasonality() {
    }

    static double employment(int month) {
        return EMPLOYMENT[month - 1];
    }

    static double floating(int month) {
        return FLOATING[month - 1];
    }

    static double spending(int month) {
        return SPENDING[month - 1];
    }

    private static double[] normalise(double... factors) {
        double sum = 0;
        for (double f : factors) {
            sum += f;
        }
        double[] out = new double[factors.length];
        for (int i = 0; i < factors.length; i++) {
            out[i] = factors[i] * factors.length / sum;
        }
        return out;
    }
}
