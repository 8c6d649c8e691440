package org.upward.pairing.engine;

/**
 * The state of one shortest-path search of {@link ShortestPaths}: distances, predecessors, which nodes are reached
 * and settled this time (stamped with the search's number, so nothing is cleared between searches), and the nodes
 * waiting: in the heap, or on a stack when reached at exactly the distance being settled (many arcs are tight, and
 * each of those would otherwise sift to the heap's top).
 */
final class SearchFront {

    final long[] dist;
    final int[] pred;
    /** Per mentor node, the edge it is reached by. */
    final int[] predEdge;

    private final int[] reached;
    private final int[] settled;
    private final int[] settledNodes;
    private final int[] near;
    private final NodeHeap heap;
    private int round;
    private int settledCount;
    private int nearCount;
    /** The distance of the node last settled. */
    private long current;

    SearchFront(int nodes) {
        this.dist = new long[nodes];
        this.pred = new int[nodes];
        this.predEdge = new int[nodes];
        this.reached = new int[nodes];
        this.settled = new int[nodes];
        this.settledNodes = new int[nodes];
        this.near = new int[nodes];
        this.heap = new NodeHeap(nodes);
    }

    /** Starts a new search, the start settled at distance 0. */
    void begin(int start) {
        round++;
        settledCount = 0;
        nearCount = 0;
        current = 0;
        dist[start] = 0;
        reached[start] = round;
        pred[start] = -1;
        settle(start);
    }

    boolean isReached(int node) {
        return reached[node] == round;
    }

    boolean isSettled(int node) {
        return settled[node] == round;
    }

    /** The distance of the nearest waiting node, or {@code Long.MAX_VALUE} when none waits. */
    long nextDistance() {
        while (nearCount > 0 && settled[near[nearCount - 1]] == round) {
            nearCount--;
        }
        if (nearCount > 0) {
            return current;
        }
        while (!heap.isEmpty() && settled[heap.peekNode()] == round) {
            heap.poll(); // settled from the stack already
        }
        return heap.isEmpty() ? Long.MAX_VALUE : heap.peekKey();
    }

    /** Settles the nearest waiting node and returns it; call {@link #nextDistance} first. */
    int settleNext() {
        int node = nearCount > 0 ? near[--nearCount] : heap.poll();
        current = dist[node];
        settle(node);
        return node;
    }

    void settle(int node) {
        settled[node] = round;
        settledNodes[settledCount++] = node;
    }

    /** Settles the mentee with its mentor, at the same distance (an arc in use is tight). */
    void settleWith(int mentee, int mentor) {
        dist[mentee] = dist[mentor];
        reached[mentee] = round;
        pred[mentee] = mentor;
        settle(mentee);
    }

    /** Records a path to the node when it is the first or the shortest yet, and lets the node wait. */
    void reach(int node, long candidate, int from, int edge) {
        if (reached[node] != round || candidate < dist[node]) {
            reached[node] = round;
            dist[node] = candidate;
            pred[node] = from;
            predEdge[node] = edge;
            if (candidate == current) {
                near[nearCount++] = node;
            } else {
                heap.upsert(node, candidate);
            }
        }
    }

    /** Records a path to the node (the sink, which never waits) when it is the first or the shortest yet. */
    void reachUnqueued(int node, long candidate, int from) {
        if (reached[node] != round || candidate < dist[node]) {
            reached[node] = round;
            dist[node] = candidate;
            pred[node] = from;
        }
    }

    /** Ends the search at {@code end}: each settled node's potential drops by {@code d(end) − d(node)}. */
    void finish(int end, long[] potential) {
        heap.clear();
        long endDist = dist[end];
        for (int k = 0; k < settledCount; k++) {
            int node = settledNodes[k];
            potential[node] -= endDist - dist[node];
        }
    }
}
