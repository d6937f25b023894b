package io.github.spectrace.core.internal.text;

import java.util.Random;

/**
 * Seeded random strings for the tests that compare a hand-written scanner with the regular expression or
 * library call it replaced, and for the test that reads the generated YAML back.
 */
public final class RandomText {

    private RandomText() {
    }

    /**
     * The next random string: 0 to {@code maxParts} parts, each drawn from the alphabet.
     *
     * @param random the seeded source
     * @param alphabet the parts to draw from; repeat a part to make it more likely
     * @param maxParts the most parts
     * @return the string
     */
    public static String next(Random random, String[] alphabet, int maxParts) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(maxParts + 1);
        for (int k = 0; k < parts; k++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
