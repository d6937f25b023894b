package example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    @Test
    @DisplayName("OC-CTRL-2001: a rejected task gets 429")
    void rejectedIs429() {
        assertEquals(429, Admission.status(false));
        assertEquals(202, Admission.status(true));
    }

    // OC-CTRL-2010
    @Test
    void eventsKeepTokenOrder() {
        assertEquals("event: token\ndata: a\n\nevent: token\ndata: b\n\n", EventStream.render(List.of("a", "b")));
    }
}
