package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesUtf8TextWithEscapesAndAFinalNewline() {
        String json = JsonText.write(g -> {
            g.writeStartObject();
            g.writeStringField("text", "caf\u00e9 \u4e2d \ud83d\ude00 \"q\" \\ \t \u0001 </x>");
            g.writeArrayFieldStart("list");
            g.writeNumber(1);
            g.writeEndArray();
            g.writeEndObject();
        });
        assertEquals("{\n  \"text\" : \"caf\u00e9 \u4e2d \ud83d\ude00 \\\"q\\\" \\\\ \\t \\u0001 </x>\",\n"
                + "  \"list\" : [\n    1\n  ]\n}\n", json);
    }

    @Test
    void compactLayoutHasNoWhitespaceOutsideStringsAndOneFinalNewline() {
        String json = JsonText.write(JsonText.Layout.COMPACT, g -> {
            g.writeStartObject();
            g.writeStringField("text", "a b\n\u00e9 \ud83d\ude00");
            g.writeArrayFieldStart("list");
            g.writeNumber(1);
            g.writeStartObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("empty");
            g.writeEndArray();
            g.writeEndObject();
        });
        assertEquals("{\"text\":\"a b\\n\u00e9 \ud83d\ude00\",\"list\":[1,{}],\"empty\":[]}\n", json);
    }

    @Test
    void largeDocumentsKeepEveryCharacter() {
        String json = JsonText.write(g -> {
            g.writeStartArray();
            for (int i = 0; i < 200_000; i++) {
                g.writeString("r\u00e9q-" + i);
            }
            g.writeEndArray();
        });
        assertEquals(true, json.endsWith("\"r\u00e9q-199999\"\n]\n"));
        assertEquals(200_000, json.split("r\u00e9q-", -1).length - 1);
    }
}
