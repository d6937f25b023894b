package io.github.spectrace.core.internal.markdown;

import io.github.spectrace.core.internal.markdown.SpecDocument.Block;
import io.github.spectrace.core.internal.markdown.SpecDocument.IdToken;
import io.github.spectrace.core.internal.markdown.SpecDocument.Kind;
import io.github.spectrace.core.internal.text.IdPatterns;
import io.github.spectrace.core.internal.text.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


class SpecParserTest {

    private final SpecParser parser = new SpecParser(IdPatterns.defaults());

    private SpecDocument parse(String markdown) {
        return parser.parse("spec.md", markdown);
    }

    private static List<String> ids(List<IdToken> tokens) {
        List<String> out = new ArrayList<>();
        tokens.forEach(t -> out.add(t.id()));
        return out;
    }

    private Block only(String markdown) {
        List<Block> blocks = parse(markdown).blocks();
        assertEquals(1, blocks.size(), () -> "blocks: " + blocks);
        return blocks.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            - [OC-CORE-1001] Each pool MUST expose a queue.           | OC-CORE-1001             | Each pool MUST expose a queue.
            - **[OC-CORE-1001]** Each pool MUST expose a queue.       | OC-CORE-1001             | Each pool MUST expose a queue.
            - __(OC-CORE-1001)__: Each pool MUST expose a queue.      | OC-CORE-1001             | Each pool MUST expose a queue.
            - [OC-CORE-1001] - Each pool MUST expose a queue.         | OC-CORE-1001             | Each pool MUST expose a queue.
            - Each pool MUST expose a queue (OC-CORE-1001).           | OC-CORE-1001             | Each pool MUST expose a queue.
            - Each pool MUST expose a queue. [OC-CORE-1001]           | OC-CORE-1001             | Each pool MUST expose a queue.
            - Each pool MUST expose a queue **[OC-CORE-1001]**        | OC-CORE-1001             | Each pool MUST expose a queue
            - (OC-CORE-1001, OC-CORE-1002) Pools MUST be bounded.     | OC-CORE-1001,OC-CORE-1002 | Pools MUST be bounded.
            - (OC-CORE-1001 & ORCH-3001) Pools MUST be bounded.       | OC-CORE-1001,ORCH-3001   | Pools MUST be bounded.
            - [ ] [OC-CORE-1001] Open task MUST stay open.            | OC-CORE-1001             | Open task MUST stay open.
            - [x] [OC-CORE-1001] Done task MUST stay done.            | OC-CORE-1001             | Done task MUST stay done.
            1. [ORCH-3001] Ordered items MUST work too.               | ORCH-3001                | Ordered items MUST work too.
            [ORCH-3001] A paragraph MUST work too.                    | ORCH-3001                | A paragraph MUST work too.
            ## [ORCH-3001] Admission                                  | ORCH-3001                | Admission
            > - [ORCH-3001] Quoted items MUST work too.               | ORCH-3001                | Quoted items MUST work too.
            """)
    // SPEC-CORE-1010
    void definitionPositions(String markdown, String defined, String title) {
        Block b = only(markdown);
        assertEquals(List.of(defined.split(",")), ids(b.defined()));
        assertEquals(title, b.title());
        assertEquals(List.of(), b.mentions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            - Pools MUST honour OC-CORE-1001 when full.               | OC-CORE-1001
            - See [OC-CORE-1001] for the queue; pools MUST be fair.   | OC-CORE-1001
            - (see OC-CORE-1001) Pools MUST be fair.                  | OC-CORE-1001
            - Pools MUST be fair (see OC-CORE-1001).                  | OC-CORE-1001
            - Pools MUST follow ORCH-3001, OC-CORE-1001.              | ORCH-3001,OC-CORE-1001
            """)
    void referencePositions(String markdown, String mentions) {
        Block b = only(markdown);
        assertEquals(List.of(), b.defined());
        assertEquals(List.of(mentions.split(",")), ids(b.mentions()));
    }

    // SPEC-CORE-1011
    @Test
    void codeIsIgnoredButItsTextKept() {
        SpecDocument doc = parse("""
                - [OC-CORE-1001] Call `reset(OC-CORE-1002)` and it MUST clear `MUST` flags.
                - `[OC-CORE-1003]` in a code span defines nothing.

                ```
                - [OC-CORE-1004] fenced
                ```

                    - [OC-CORE-1005] indented code

                <div>
                [OC-CORE-1006] HTML block
                </div>

                | Name | Text |
                |----|------|
                | [OC-CORE-1007] | table |
                """);
        assertEquals(2, doc.blocks().size());
        Block first = doc.blocks().get(0);
        assertEquals(List.of("OC-CORE-1001"), ids(first.defined()));
        assertEquals("Call reset(OC-CORE-1002) and it MUST clear MUST flags.", first.title());
        assertEquals(List.of("MUST"), first.keywords());
        assertEquals(List.of(), first.mentions());
        Block second = doc.blocks().get(1);
        assertEquals(List.of(), second.defined());
        assertEquals(List.of(), second.mentions());
        assertEquals("[OC-CORE-1003] in a code span defines nothing.", second.title());
    }

    @Test
    void titleIsPlainText() {
        Block b = only("- [OC-CORE-1001] The *pool*   **MUST** use\n  [the queue](q.md) and ~x~ \\* stars.\n");
        assertEquals("The pool MUST use the queue and ~x~ * stars.", b.title());
        assertEquals(List.of("q.md"), b.links());
    }

    @Test
    void undefinedBracketsAreText() {
        Block b = only("- [OC-CORE-1001] Use [not a link] and [OC-CORE-1002] MUST hold.\n");
        assertEquals("Use [not a link] and [OC-CORE-1002] MUST hold.", b.title());
        assertEquals(List.of("OC-CORE-1002"), ids(b.mentions()));
    }

    @Test
    void positionsAreOneBased() {
        SpecDocument doc = parse("# Title\n\nSome text.\n\n- first\n  - [OC-CORE-1001] nested MUST\n");
        Block nested = doc.blocks().get(3);
        assertEquals(Kind.LIST_ITEM, nested.kind());
        assertEquals(new IdToken("OC-CORE-1001", 6, 6), nested.defined().get(0));
        assertEquals(6, nested.line());
        assertEquals(3, nested.column());
    }

    @Test
    void malformedIdsInDefinitionPosition() {
        SpecDocument doc = parse("""
                - [OC-core-1] lower case MUST fail.
                - [OC-CORE-01] two digits MUST fail.
                - [OC-CORE-1001, oc-core-1002] mixed MUST fail.
                - [link](x.md) is not a marker.
                - (see below) is not a marker.
                - [1] is not a marker.
                """);
        assertEquals(List.of("OC-core-1"), ids(doc.blocks().get(0).malformed()));
        assertEquals(List.of("OC-CORE-01"), ids(doc.blocks().get(1).malformed()));
        assertEquals(List.of("OC-CORE-1001"), ids(doc.blocks().get(2).defined()));
        assertEquals(List.of("oc-core-1002"), ids(doc.blocks().get(2).malformed()));
        for (int i = 3; i < 6; i++) {
            assertEquals(List.of(), doc.blocks().get(i).defined());
            assertEquals(List.of(), doc.blocks().get(i).malformed());
        }
    }

    @Test
    void leadingMarkerWinsOverTrailing() {
        Block b = only("- [OC-CORE-1002] Admission MUST reject when full (ORCH-3001).\n");
        assertEquals(List.of("OC-CORE-1002"), ids(b.defined()));
        assertEquals(List.of("ORCH-3001"), ids(b.mentions()));
        assertEquals("Admission MUST reject when full (ORCH-3001).", b.title());
    }

    @Test
    void nestedItemsBelongToTheDefiningItem() {
        SpecDocument doc = parse("""
                - [OC-CORE-1001] The queue MUST:
                  - reject when full, see ORCH-3001
                  - [OC-CORE-1002] log rejections SHOULD be kept
                    - detail of OC-CORE-1002
                - plain item
                """);
        List<Block> b = doc.blocks();
        assertEquals(5, b.size());
        assertEquals(-1, b.get(0).owner());
        assertEquals(0, b.get(1).owner());
        assertEquals(0, b.get(2).owner());
        assertEquals(2, b.get(3).owner());
        assertEquals(-1, b.get(4).owner());
        assertEquals("The queue MUST:", b.get(0).title());
    }

    @Test
    void headingsGetSectionsAndSlugs() {
        SpecDocument doc = parse("""
                # Spec

                ## 1) Queue & Admission

                - [OC-CORE-1001] A MUST hold.

                ## 1) Queue & Admission

                - [OC-CORE-1002] B MUST hold.
                """);
        assertEquals(List.of(
                new SpecDocument.Heading(1, "Spec", "spec", 1),
                new SpecDocument.Heading(2, "1) Queue & Admission", "1-queue--admission", 3),
                new SpecDocument.Heading(2, "1) Queue & Admission", "1-queue--admission-1", 7)), doc.headings());
        assertEquals(1, doc.blocks().get(2).section());
        assertEquals(2, doc.blocks().get(4).section());
    }

    @Test
    void pathTokensComeFromProseAndCode() {
        Block b = only("- [OC-CORE-1001] See: `../core/src/lib.rs`, docs/a.md#x and http://x.org/y MUST hold.\n");
        assertEquals(List.of("../core/src/lib.rs", "docs/a.md"), b.pathTokens());
    }

    @Test
    void customPatterns() {
        SpecParser custom = new SpecParser(IdPatterns.compile(List.of("REQ_[0-9]+", "[A-Z]+-[0-9]{3,5}")));
        SpecDocument doc = custom.parse("s.md", "- [REQ_12] Custom MUST work, see ABC-123 and XREQ_1.\n");
        assertEquals(List.of("REQ_12"), ids(doc.blocks().get(0).defined()));
        assertEquals(List.of("ABC-123"), ids(doc.blocks().get(0).mentions()));
        assertTrue(doc.blocks().get(0).malformed().isEmpty());
    }

    /** The marker test before {@link SpecParser#isIdList} scanned by hand: {@code split("[,&]", -1)}. */
    private static boolean oracleIdList(IdPatterns ids, String content, boolean needId) {
        if (content.isBlank()) {
            return false;
        }
        boolean hasId = false;
        for (String part : content.split("[,&]", -1)) {
            String p = part.strip();
            if (p.isEmpty() || !(IdPatterns.isIdLike(p) || ids.matches(p) || ids.isStandard(p))) {
                return false;
            }
            hasId |= ids.matches(p);
        }
        return hasId || !needId;
    }

    @Test
    void idListsAgreeWithSplit() {
        IdPatterns custom = IdPatterns.compile(List.of("REQ_[0-9]+", IdPatterns.DEFAULT));
        SpecParser customParser = new SpecParser(custom);
        String[] alphabet = {"OC-CORE-1001", "ORCH-3001", "REQ_7", "RFC-3629", "utf-8", "X", "a", ",", ",", "&", "&",
            " ", "\t", "\u2003", "\u00a0", "\u001c", "-", "12", "\u00e9", "\ud835\udc00"};
        IdPatterns defaults = IdPatterns.defaults();
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String content = RandomText.next(r, alphabet, 7);
            String framed = "[" + content + "]";
            for (boolean needId : new boolean[] {false, true}) {
                assertEquals(oracleIdList(defaults, content, needId),
                        parser.isIdList(framed, 1, framed.length() - 1, needId), content + " " + needId);
                assertEquals(oracleIdList(custom, content, needId),
                        customParser.isIdList(framed, 1, framed.length() - 1, needId), content + " " + needId);
            }
        }
    }
}
