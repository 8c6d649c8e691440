package org.upward.pairing.engine;

import java.util.Arrays;

/** The largest number of pairs possible on a set of eligible edges with mentor capacities (Hopcroft–Karp). */
final class MaxCardinalityMatching {

    private static final int UNREACHED = Integer.MAX_VALUE;

    private final EligibleEdges edges;
    private final int[] capacity;
    private final int[] mentorOf;
    private final int[] load;
    private final int[][] assigned;
    private final int[] layer;
    private final int[] queue;

    private MaxCardinalityMatching(EligibleEdges edges, int[] capacity) {
        this.edges = edges;
        this.capacity = capacity;
        this.mentorOf = new int[edges.menteeCount];
        Arrays.fill(mentorOf, -1);
        this.load = new int[edges.mentorCount];
        this.assigned = new int[edges.mentorCount][];
        for (int j = 0; j < edges.mentorCount; j++) {
            assigned[j] = new int[capacity[j]];
        }
        this.layer = new int[edges.menteeCount];
        this.queue = new int[edges.menteeCount];
    }

    static int size(EligibleEdges edges, int[] capacity) {
        var matching = new MaxCardinalityMatching(edges, capacity);
        int size = matching.greedy();
        while (matching.layered()) {
            for (int i = 0; i < edges.menteeCount; i++) {
                if (matching.mentorOf[i] < 0 && matching.layer[i] == 0 && matching.augment(i)) {
                    size++;
                }
            }
        }
        return size;
    }

    private int greedy() {
        int size = 0;
        for (int i = 0; i < edges.menteeCount; i++) {
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                int j = edges.mentor[e];
                if (load[j] < capacity[j]) {
                    take(i, j);
                    size++;
                    break;
                }
            }
        }
        return size;
    }

    /** Layers mentees by alternating distance from the free ones; true when some mentor with room is reachable. */
    private boolean layered() {
        int head = 0;
        int tail = 0;
        for (int i = 0; i < edges.menteeCount; i++) {
            layer[i] = mentorOf[i] < 0 ? 0 : UNREACHED;
            if (layer[i] == 0) {
                queue[tail++] = i;
            }
        }
        int freeLayer = UNREACHED;
        while (head < tail) {
            int i = queue[head++];
            if (layer[i] >= freeLayer) {
                continue;
            }
            for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
                int j = edges.mentor[e];
                if (load[j] < capacity[j]) {
                    freeLayer = Math.min(freeLayer, layer[i]);
                    continue;
                }
                for (int k = 0; k < load[j]; k++) {
                    int next = assigned[j][k];
                    if (layer[next] == UNREACHED) {
                        layer[next] = layer[i] + 1;
                        queue[tail++] = next;
                    }
                }
            }
        }
        return freeLayer != UNREACHED;
    }

    private boolean augment(int i) {
        for (int e = edges.rowStart[i]; e < edges.rowStart[i + 1]; e++) {
            int j = edges.mentor[e];
            if (j == mentorOf[i]) {
                continue;
            }
            if (load[j] < capacity[j]) {
                take(i, j);
                return true;
            }
            for (int k = 0; k < load[j]; k++) {
                int next = assigned[j][k];
                if (layer[next] == layer[i] + 1 && augment(next)) {
                    take(i, j);
                    return true;
                }
            }
        }
        layer[i] = UNREACHED;
        return false;
    }

    /** Moves mentee i to mentor j, which has room. */
    private void take(int i, int j) {
        int previous = mentorOf[i];
        if (previous >= 0) {
            for (int k = 0; k < load[previous]; k++) {
                if (assigned[previous][k] == i) {
                    assigned[previous][k] = assigned[previous][--load[previous]];
                    break;
                }
            }
        }
        assigned[j][load[j]++] = i;
        mentorOf[i] = j;
    }
}
