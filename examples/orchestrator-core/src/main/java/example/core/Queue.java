package example.core;

import java.util.ArrayDeque;

/** A bounded FIFO queue per pool (OC-CORE-1001). */
public final class Queue<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;

    public Queue(int capacity) {
        this.capacity = capacity;
    }

    /** Rejects when full: OC-CORE-1002, which refines ORCH-3001. */
    public synchronized boolean offer(T item) {
        if (items.size() >= capacity) {
            return false;
        }
        items.addLast(item);
        return true;
    }

    /** Strict FIFO under a lock, so the order never depends on scheduling (OC-CORE-1010). */
    public synchronized T poll() {
        return items.pollFirst();
    }
}
