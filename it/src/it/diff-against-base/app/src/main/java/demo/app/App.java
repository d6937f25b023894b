package demo.app;

/** The command line. */
public final class App {

    static final String VERSION = "1.0";

    private App() {
    }

    /** Prints the version on --version, usage otherwise. */
    public static String run(String... args) {
        if (args.length == 1 && args[0].equals("--version")) {
            return "app " + VERSION;
        }
        return "usage: app [--version]";
    }
}
