package org.upward.pairing.engine;

/**
 * The start of {@link OptimalAssignment}: places as many mentees as it can without any search, keeping the node
 * potentials a valid dual certificate (every residual arc of reduced cost ≥ 0, every used arc tight), so the
 * shortest-path phase that follows still ends at the exact optimum.
 *
 * <p>Mentor potentials start at their first-unit bonus and the sink's at 0, so every mentor with room is one step of
 * reduced cost 0 from the sink. Each mentee (in index order) takes the arc of highest value {@code weight +
 * potential(mentor)} (or stays out, value {@code potential(sink)}, when nothing is worth more): it is placed at once
 * when that mentor has room at reduced cost 0; when that mentor takes one mentee and holds one, it is an auction bid
 * as in the augmenting row reduction of Jonker–Volgenant: the mentor's potential drops by the gap to the mentee's
 * second-best value, the mentee takes the place and the one it displaces bids next. Everyone else is left, in order,
 * to the shortest-path phase. Bids are capped at a few per mentee, which bounds the phase's time.
 */
final class AuctionStart {

    private static final int BIDS_PER_MENTEE = 64;
    private static final int PASSES = 16;

    private final EligibleEdges edges;
    private final long factor;
    private final long[] offset;
    private final int[] capacity;
    private final long[] firstUnitBonus;
    private final long[] potential;
    private final MentorSlots slots;
    private final int n;
    private final int sink;
    private long bidsLeft;
    private int laterCount;

    AuctionStart(
            EligibleEdges edges,
            long factor,
            long[] offset,
            int[] capacity,
            long[] firstUnitBonus,
            long[] potential,
            MentorSlots slots) {
        this.edges = edges;
        this.factor = factor;
        this.offset = offset;
        this.capacity = capacity;
        this.firstUnitBonus = firstUnitBonus;
        this.potential = potential;
        this.slots = slots;
        this.n = edges.menteeCount;
        this.sink = n + edges.mentorCount;
        this.bidsLeft = (long) BIDS_PER_MENTEE * n;
    }

    /** Sets the starting potentials and places who it can; returns the mentees left, in the order to add them. */
    int[] run() {
        for (int j = 0; j < edges.mentorCount; j++) {
            potential[n + j] = firstUnitBonus[j];
        }
        potential[sink] = 0;
        int[] left = new int[n];
        int leftCount = 0;
        int[] round = new int[n];
        for (int i = 0; i < n; i++) {
            round[i] = i;
        }
        int roundCount = n;
        for (int pass = 0; pass < PASSES && roundCount > 0; pass++) {
            int[] later = new int[n];
            laterCount = 0;
            for (int k = 0; k < roundCount; k++) {
                int mentee = round[k];
                while (mentee >= 0) {
                    int next = place(mentee, later);
                    if (next == LEFT) {
                        left[leftCount++] = mentee;
                        next = -1;
                    }
                    mentee = next;
                }
            }
            round = later;
            roundCount = laterCount;
        }
        System.arraycopy(round, 0, left, leftCount, roundCount);
        return java.util.Arrays.copyOf(left, leftCount + roundCount);
    }

    private static final int LEFT = -2;

    /** Places the mentee; returns the mentee it displaced, -1 when none, or {@link #LEFT} when it was not placed. */
    private int place(int mentee, int[] later) {
        long best = Long.MIN_VALUE;
        long second = potential[sink];
        int bestEdge = -1;
        int secondEdge = -1;
        for (int e = edges.rowStart[mentee]; e < edges.rowStart[mentee + 1]; e++) {
            long value = factor * edges.score[e] + offset[mentee] + potential[n + edges.mentor[e]];
            if (value > best) {
                if (best > second) {
                    second = best;
                    secondEdge = bestEdge;
                }
                best = value;
                bestEdge = e;
            } else if (value > second) {
                second = value;
                secondEdge = e;
            }
        }
        if (bestEdge < 0 || potential[sink] > best) {
            potential[mentee] = potential[sink]; // stays out: the arc to the sink is tight
            return -1;
        }
        if (hasRoomAtNoCost(edges.mentor[bestEdge])) {
            potential[mentee] = best;
            slots.place(mentee, bestEdge);
            return -1;
        }
        if (best == second && secondEdge >= 0) {
            // a tie: the second choice is as good, so take it, or its place, without changing any potential
            potential[mentee] = best;
            if (hasRoomAtNoCost(edges.mentor[secondEdge])) {
                slots.place(mentee, secondEdge);
                return -1;
            }
            int displaced = bid(mentee, secondEdge);
            if (displaced >= 0) {
                later[laterCount++] = displaced; // its turn comes in the next pass, which keeps ties from cycling
                return -1;
            }
            return displaced;
        }
        if (best == second) {
            return LEFT;
        }
        int next = bid(mentee, bestEdge);
        if (next != LEFT) {
            potential[n + edges.mentor[bestEdge]] -= best - second;
            potential[mentee] = second;
        }
        return next;
    }

    private boolean hasRoomAtNoCost(int j) {
        int load = slots.load[j];
        long unitCost = load == 0 ? -firstUnitBonus[j] : 0;
        return load < capacity[j] && unitCost + potential[n + j] - potential[sink] == 0;
    }

    /** Takes the place of the edge's mentor (of capacity 1, full) and returns the mentee displaced, or LEFT. */
    private int bid(int mentee, int edge) {
        int j = edges.mentor[edge];
        if (capacity[j] != 1 || slots.load[j] != 1 || bidsLeft <= 0) {
            return LEFT;
        }
        bidsLeft--;
        return slots.replace(mentee, edge);
    }
}
