package io.github.spectrace.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

// SPEC-CORE-1070
class FingerprintTest {

    @Test
    void isTheFirstEightHexDigitsOfSha256OverLevelAndStatement() {
        // printf 'must\nPools MUST be bounded.' | sha256sum
        assertEquals("004c29b1", Fingerprint.of("must", "Pools MUST be bounded.", ""));
    }

    @Test
    void reflowAndEmphasisChangeNothing() {
        assertEquals("004c29b1", Fingerprint.of("must", "  Pools\n  MUST   be\tbounded. ", ""));
        assertEquals("004c29b1", Fingerprint.of("must", "Pools **MUST** be _bounded_.", ""));
        assertEquals("004c29b1", Fingerprint.of("must", "`Pools` ~~MUST~~ be *bounded*.", ""));
        assertEquals("004c29b1", Fingerprint.of("must", "Pools MUST be __bounded__.", ""));
    }

    @Test
    void aChangedWordOrLevelIsAChange() {
        assertEquals("aec257aa", Fingerprint.of("must", "Pools MUST be small.", ""));
        assertEquals("a6c69410", Fingerprint.of("should", "Pools MUST be bounded.", ""));
    }

    @Test
    void theTextJoinsTheTitleWithOneSpace() {
        // printf 'must\nPools MUST be bounded. Even when empty.' | sha256sum
        assertEquals("fab5d742", Fingerprint.of("must", "Pools MUST be bounded.", "Even when empty."));
        assertEquals("fab5d742", Fingerprint.of("must", "Pools MUST be bounded. Even when empty.", ""));
    }

    @Test
    void normalizingKeepsUnderscoresInsideWordsAndSingleTildes() {
        assertEquals("max_file_size ~ 2 MiB", Fingerprint.normalize("`max_file_size` ~ 2 **MiB**"));
        assertEquals("a b", Fingerprint.normalize("_a_ \u00a0 b\n"));
        assertEquals("", Fingerprint.normalize(" ** "));
    }
}
