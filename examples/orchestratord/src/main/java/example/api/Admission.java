package example.api;

/** Maps a rejected admission to HTTP 429 (OC-CTRL-2001). */
public final class Admission {
    private Admission() {
    }

    public static int status(boolean admitted) {
        return admitted ? 202 : 429;
    }
}
