package commstat.ingest.contract;

/** The GB 11643-1999 check character: weights over the first 17 digits, sum mod 11 indexes {@code 10X98765432}. */
public final class ResidentIdChecksum {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdChecksum() {
    }

    /** The check character for 17 ASCII digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char ch = first17.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("not a digit at " + i);
            }
            sum += (ch - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
