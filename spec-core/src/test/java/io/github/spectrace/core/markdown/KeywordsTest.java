package io.github.spectrace.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spectrace.core.model.Level;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pool MUST expose a queue.                      | must   | MUST
            The pool MUST NOT block.                           | must   | MUST NOT
            It is REQUIRED to log.                             | must   | REQUIRED
            It SHALL work and SHALL NOT fail.                  | must   | SHALL,SHALL NOT
            It SHOULD retry; it MAY log.                       | should | SHOULD,MAY
            It is RECOMMENDED and OPTIONAL.                    | should | RECOMMENDED,OPTIONAL
            It is NOT RECOMMENDED.                             | should | NOT RECOMMENDED
            The pool must expose a queue.                      | info   | ''
            Must, Should and May are not keywords.             | info   | ''
            MUSTARD and MAYBE are not keywords.                | info   | ''
            Logging is NOT REQUIRED.                           | info   | ''
            It MAY log, MAY trace and MUST fail.               | must   | MAY,MUST
            It MUST   NOT block.                               | must   | MUST NOT
            """)
    // SPEC-CORE-1012
    void levelAndKeywords(String text, String level, String keywords) {
        List<String> found = Keywords.find(text);
        assertEquals(keywords.isEmpty() ? List.of() : List.of(keywords.split(",")), found);
        assertEquals(level, Keywords.level(found).id());
    }

    @org.junit.jupiter.api.Test
    void noKeywordIsInfo() {
        assertEquals(Level.INFO, Keywords.level(List.of()));
    }
}
