package org.upward.pairing.engine;

import java.util.Arrays;

/** An indexed binary min-heap of node ids keyed by a shared distance array; ties go to the lower node id. */
final class NodeHeap {

    private final long[] key;
    private final int[] heap;
    private final int[] position;
    private int size;

    NodeHeap(long[] key) {
        this.key = key;
        this.heap = new int[key.length];
        this.position = new int[key.length];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the node, or moves it up after its key decreased. */
    void upsert(int node) {
        int at = position[node];
        if (at < 0) {
            at = size++;
            heap[at] = node;
            position[node] = at;
        }
        siftUp(at);
    }

    /** The node with the smallest key, left in the heap. */
    int peek() {
        return heap[0];
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            position[heap[k]] = -1;
        }
        size = 0;
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void siftUp(int at) {
        int node = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!less(node, heap[parent])) {
                break;
            }
            move(heap[parent], at);
            at = parent;
        }
        move(node, at);
    }

    private void siftDown(int at) {
        int node = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], node)) {
                break;
            }
            move(heap[child], at);
            at = child;
        }
        move(node, at);
    }

    private void move(int node, int at) {
        heap[at] = node;
        position[node] = at;
    }
}
