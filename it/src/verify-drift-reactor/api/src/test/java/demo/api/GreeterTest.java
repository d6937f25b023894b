package demo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GreeterTest {

    @Test
    @DisplayName("API-2001: the greeting names the user")
    void namesTheUser() {
        assertEquals("Hello, Ada!", Greeter.greet("Ada"));
    }
}
