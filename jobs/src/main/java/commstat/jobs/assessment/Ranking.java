package commstat.jobs.assessment;

import java.util.ArrayList;
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

    /** The same over raw cent values; used in each Monte Carlo run, so no boxing. */
    static int[] competition(long[] cents) {
        int n = cents.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(cents[b], cents[a]));
        int[] ranks = new int[n];
        for (int pos = 0; pos < n; pos++) {
            int i = order[pos];
            ranks[i] = pos > 0 && cents[order[pos - 1]] == cents[i] ? ranks[order[pos - 1]] : pos + 1;
        }
        return ranks;
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
