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

    /** The shortcut over the common prefix changes no result: compared with the plain token loop. */
    @Test
    void agreesWithTheTokenLoop() {
        String[] alphabet = {"0", "00", "1", "7", "9", "10", "007", "A", "B", "-", "X-", "OC-CORE-", "é", "9999"};
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 200_000; n++) {
            String a = RandomText.next(random, alphabet, 5);
            String b = random.nextInt(4) == 0 ? a + RandomText.next(random, alphabet, 2)
                    : RandomText.next(random, alphabet, 5);
            assertEquals(Integer.signum(tokenLoop(a, b)), Integer.signum(NaturalOrder.INSTANCE.compare(a, b)),
                    a + " <> " + b);
            assertEquals(Integer.signum(tokenLoop(b, a)), Integer.signum(NaturalOrder.INSTANCE.compare(b, a)),
                    b + " <> " + a);
        }
    }

    /** The comparison as first written, from the first character, kept as the oracle. */
    private static int tokenLoop(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && ca < 128 && Character.isDigit(cb) && cb < 128) {
                int ei = i;
                while (ei < a.length() && a.charAt(ei) >= '0' && a.charAt(ei) <= '9') {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && b.charAt(ej) >= '0' && b.charAt(ej) <= '9') {
                    ej++;
                }
                String da = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String db = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                if (da.length() != db.length()) {
                    return Integer.compare(da.length(), db.length());
                }
                int c = da.compareTo(db);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }
}
