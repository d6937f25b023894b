package example.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ConfigValidatorTest {

    @Test
    @Tag("OC-CONFIG-6001")
    void unknownKeysAreReportedWithTheirPath() {
        assertEquals(List.of("$.queueSize"), ConfigValidator.unknownKeys(Map.of("queueCapacity", 1, "queueSize", 2)));
    }
}
