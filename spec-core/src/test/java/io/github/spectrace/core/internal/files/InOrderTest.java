package io.github.spectrace.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void keepsTheInputOrder() {
        List<Integer> in = IntStream.range(0, 1000).boxed().toList();
        assertEquals(IntStream.range(0, 1000).mapToObj(i -> "v" + i).toList(), InOrder.map(in, i -> "v" + i));
        assertEquals(List.of(), InOrder.map(List.<Integer>of(), i -> i));
    }

    @Test
    void throwsTheFirstFailureInListOrder() {
        List<Integer> in = IntStream.range(0, 64).boxed().toList();
        for (int run = 0; run < 20; run++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> InOrder.map(in, i -> {
                if (i == 7 || i == 40 || i == 63) {
                    if (i == 7) {
                        // Make the first failure in list order also the last one in time.
                        sleep(20);
                    }
                    throw new IllegalStateException("element " + i);
                }
                return i;
            }));
            assertEquals("element 7", e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
