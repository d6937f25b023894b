package demo.api;

/** Greets users. */
public final class Greeter {

    private Greeter() {
    }

    /** The greeting names the user (API-2001). */
    public static String greet(String user) {
        return "Hello, " + user + "!";
    }
}
