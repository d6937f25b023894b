package demo.core;

import java.util.ArrayDeque;

/** A queue that holds at most a fixed number of items. */
public final class BoundedQueue<T> {

    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;

    public BoundedQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Rejects the offer when the queue is full (CORE-1001). */
    public boolean offer(T item) {
        if (items.size() >= capacity) {
            return false;
        }
        items.addLast(item);
        return true;
    }

    // CORE-1002: first in, first out.
    public T poll() {
        return items.pollFirst();
    }
}
