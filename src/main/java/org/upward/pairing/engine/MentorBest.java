package org.upward.pairing.engine;

import java.util.Arrays;

/** Per mentor, the weight of its k-th best edge, from one pass over the edges with a small min-heap per mentor. */
final class MentorBest {

    private final int k;
    private final long[] heaps;
    private final int[] size;

    MentorBest(int mentors, int k) {
        this.k = k;
        this.heaps = new long[mentors * k];
        this.size = new int[mentors];
    }

    /** Per mentor, its k-th highest edge weight, or {@code Long.MIN_VALUE} when it has at most k edges. */
    long[] cuts(Shortlist shortlist) {
        EligibleEdges edges = shortlist.all();
        for (int i = 0; i < edges.menteeCount; i++) {
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                offer(edges.mentor[e], shortlist.weight(i, e));
            }
        }
        long[] cut = new long[size.length];
        Arrays.fill(cut, Long.MIN_VALUE);
        for (int j = 0; j < size.length; j++) {
            if (size[j] == k) {
                cut[j] = heaps[j * k];
            }
        }
        return cut;
    }

    private void offer(int j, long weight) {
        int base = j * k;
        if (size[j] < k) {
            int at = size[j]++;
            while (at > 0 && heaps[base + (at - 1) / 2] > weight) {
                heaps[base + at] = heaps[base + (at - 1) / 2];
                at = (at - 1) / 2;
            }
            heaps[base + at] = weight;
        } else if (weight > heaps[base]) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= k) {
                    break;
                }
                if (child + 1 < k && heaps[base + child + 1] < heaps[base + child]) {
                    child++;
                }
                if (heaps[base + child] >= weight) {
                    break;
                }
                heaps[base + at] = heaps[base + child];
                at = child;
            }
            heaps[base + at] = weight;
        }
    }
}
