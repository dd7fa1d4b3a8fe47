package commstat.ingest.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness: a {@link SplittableRandom} seeded from the run's seed and a key
 * (community index, dataset, month, purpose). Keyed streams make every part of the output independent of the
 * order and the thread it was generated in, so the same arguments give the same bytes. Gaussians are drawn by our
 * own Box-Muller so a JDK change of {@code nextGaussian} cannot move the output.
 */
final class SynthRandom {
    private final SplittableRandom random;

    private SynthRandom(long state) {
        this.random = new SplittableRandom(state);
    }

    /** A stream for the seed and the given key parts; equal keys give equal streams. */
    static SynthRandom of(long seed, Object... key) {
        long h = mix(seed ^ 0x5DEECE66DL);
        for (Object part : key) {
            long v = part instanceof Number n ? n.longValue() : part.toString().hashCode();
            h = mix(h ^ mix(v + 0x9E3779B97F4A7C15L));
        }
        return new SynthRandom(h);
    }

    /** SplitMix64's finaliser: a good avalanche, so neighbouring keys give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    long nextLong(long bound) {
        return random.nextLong(bound);
    }

    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    /** Poisson by inversion for small means, a rounded normal above 30 (good enough for counts). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double l = Math.exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    /** An index drawn with the given weights (they need not sum to 1). */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A Fisher-Yates permutation of 0..n-1. */
    int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }
}
