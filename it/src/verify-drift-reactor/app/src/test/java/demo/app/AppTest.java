package demo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AppTest {

    @Test
    @Tag("APP-3001")
    void printsVersion() {
        assertEquals("app 1.0", App.run("--version"));
    }

    @Test
    void printsUsage() {
        assertEquals("usage: app [--version]", App.run());
    }
}
