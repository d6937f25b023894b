package io.github.spectrace.core.internal.text;

import java.util.Comparator;

/**
 * Orders strings so that runs of digits compare by numeric value: {@code X-999} before {@code X-1000}.
 * Other characters compare by UTF-16 code unit, so the order never depends on the locale.
 */
public final class NaturalOrder implements Comparator<String> {

    /** The shared, stateless instance. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        // The common prefix compares equal, token by token: start at the digit run it ends in, if any.
        int n = Math.min(a.length(), b.length());
        int p = 0;
        while (p < n && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        while (p > 0 && isDigit(a.charAt(p - 1))) {
            p--;
        }
        int i = p;
        int j = p;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = runEnd(a, i);
                int ej = runEnd(b, j);
                int si = skipZeros(a, i, ei);
                int sj = skipZeros(b, j, ej);
                int lenA = ei - si;
                int lenB = ej - sj;
                if (lenA != lenB) {
                    return Integer.compare(lenA, lenB);
                }
                for (int k = 0; k < lenA; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int skipZeros(String s, int from, int end) {
        int k = from;
        while (k < end - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
