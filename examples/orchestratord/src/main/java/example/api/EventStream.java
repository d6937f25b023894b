package example.api;

import java.util.List;
import java.util.stream.Collectors;

/** Renders tokens as server-sent events, in token order (OC-CTRL-2010). */
public final class EventStream {
    private EventStream() {
    }

    public static String render(List<String> tokens) {
        return tokens.stream().map(t -> "event: token\ndata: " + t + "\n\n").collect(Collectors.joining());
    }
}
