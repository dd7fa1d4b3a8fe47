package commstat.jobs.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Competition ranking (1, 2, 2, 4): highest first, equal values share the best rank of the tie. */
final class Ranking {
    private Ranking() {
    }

    /**
     * Ranks {@code items} by a score expressed in whole cents (the score as shown), highest first.
     *
     * @return the ranks, in the order of {@code items}
     */
    static <T> int[] competition(List<T> items, ToLongFunction<T> cents) {
        int n = items.size();
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = cents.applyAsLong(items.get(i));
        }
        return competition(values);
    }

    /**
     * The same over raw cent values; used in each Monte Carlo run, so primitive: a value's rank is one more
     * than the number of values above it, found by binary search in a sorted copy.
     */
    static int[] competition(long[] cents) {
        int n = cents.length;
        long[] sorted = cents.clone();
        Arrays.sort(sorted);
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = 1 + n - firstAbove(sorted, cents[i]);
        }
        return ranks;
    }

    /** The index of the first value greater than {@code value} in ascending {@code sorted} (n if none). */
    private static int firstAbove(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Groups item indexes by a key (district), each group in the order of {@code items}. */
    static <T> List<List<Integer>> groups(List<T> items, Function<T, String> key) {
        java.util.TreeMap<String, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(key.apply(items.get(i)), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

}
