package org.upward.pairing.engine;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of node ids by distance; ties go to the lower node id. Each entry keeps its key beside it,
 * so sifting reads one array in order instead of looking every key up.
 */
final class NodeHeap {

    private final long[] keys;
    private final int[] nodes;
    private final int[] position;
    private int size;

    NodeHeap(int capacity) {
        this.keys = new long[capacity];
        this.nodes = new int[capacity];
        this.position = new int[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the node with that key, or moves it up after its key decreased to that. */
    void upsert(int node, long key) {
        int at = position[node];
        if (at < 0) {
            at = size++;
        }
        siftUp(node, key, at);
    }

    /** The smallest key in the heap (its node stays in). */
    long peekKey() {
        return keys[0];
    }

    /** The node with the smallest key, left in the heap. */
    int peekNode() {
        return nodes[0];
    }

    int poll() {
        int top = nodes[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            siftDown(nodes[size], keys[size]);
        }
        return top;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            position[nodes[k]] = -1;
        }
        size = 0;
    }

    private static boolean less(long key, int node, long otherKey, int otherNode) {
        return key < otherKey || (key == otherKey && node < otherNode);
    }

    private void siftUp(int node, long key, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 2;
            if (!less(key, node, keys[parent], nodes[parent])) {
                break;
            }
            move(nodes[parent], keys[parent], at);
            at = parent;
        }
        move(node, key, at);
    }

    private void siftDown(int node, long key) {
        int at = 0;
        while (true) {
            int first = 4 * at + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            int last = Math.min(first + 4, size);
            for (int child = first + 1; child < last; child++) {
                if (less(keys[child], nodes[child], keys[best], nodes[best])) {
                    best = child;
                }
            }
            if (!less(keys[best], nodes[best], key, node)) {
                break;
            }
            move(nodes[best], keys[best], at);
            at = best;
        }
        move(node, key, at);
    }

    private void move(int node, long key, int at) {
        nodes[at] = node;
        keys[at] = key;
        position[node] = at;
    }
}
