package io.github.spectrace.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("X-1000", "X-999", "X-10", "Y-1", "X-0999", "X-2", "AB-1", "A-1"));
        ids.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("A-1", "AB-1", "X-2", "X-10", "X-0999", "X-999", "X-1000", "Y-1"), ids);
    }

    @Test
    void segmentsCompareInOrder() {
        List<String> ids = new ArrayList<>(List.of("OC-CORE-1010", "OC-CTRL-2001", "OC-CORE-1002", "OC-CORE-999"));
        ids.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("OC-CORE-999", "OC-CORE-1002", "OC-CORE-1010", "OC-CTRL-2001"), ids);
    }

    @Test
    void equalOnlyForEqualStrings() {
        assertEquals(0, NaturalOrder.INSTANCE.compare("A-1", "A-1"));
        // Same value, different spelling: still a total order, decided by the characters.
        assertEquals(-1, Integer.signum(NaturalOrder.INSTANCE.compare("A-01", "A-1")));
        assertEquals(1, Integer.signum(NaturalOrder.INSTANCE.compare("A-1", "A-01")));
    }
}
