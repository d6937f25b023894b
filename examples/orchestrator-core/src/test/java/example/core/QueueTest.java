package example.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class QueueTest {

    @Test
    @Tag("OC-CORE-1001")
    void queueIsBoundedAndFifo() {
        Queue<String> q = new Queue<>(2);
        assertTrue(q.offer("a"));
        assertTrue(q.offer("b"));
        assertEquals("a", q.poll());
        assertEquals("b", q.poll());
        assertNull(q.poll());
    }

    /** Verifies OC-CORE-1002 and the umbrella requirement ORCH-3001. */
    @Test
    void fullQueueRejects() {
        Queue<String> q = new Queue<>(1);
        assertTrue(q.offer("a"));
        assertFalse(q.offer("b"));
    }

    @Test
    @Tag("OC-CORE-1010")
    void orderDoesNotDependOnScheduling() throws InterruptedException {
        Queue<Integer> q = new Queue<>(1000);
        Thread t = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                q.offer(i);
            }
        });
        t.start();
        t.join();
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, q.poll());
        }
    }
}
