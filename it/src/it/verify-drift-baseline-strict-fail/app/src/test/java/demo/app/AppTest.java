package demo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppTest {

    @Test
    void printsUsage() {
        assertEquals("usage: app [--version]", App.run());
    }
}
