package org.upward.pairing.engine;

/** Order statistics on a scratch array. */
final class Selection {

    private Selection() {}

    /**
     * The k-th smallest of {@code values[0 .. length - 1]} (k = 1: the smallest), by quickselect; reorders the values.
     */
    static long kthSmallest(long[] values, int length, int k) {
        int low = 0;
        int high = length - 1;
        int target = k - 1;
        while (low < high) {
            long pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (target <= j) {
                high = j;
            } else if (target >= i) {
                low = i;
            } else {
                return values[target];
            }
        }
        return values[target];
    }
}
