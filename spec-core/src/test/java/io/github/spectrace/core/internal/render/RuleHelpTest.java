package io.github.spectrace.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spectrace.core.model.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleHelpTest {

    private static final String PAGE = """
            # Rules

            | Rule | Goal |
            |---|---|
            | [`A-ONE`](#A-ONE) | lint |
            | [`A-ONE-MAY`](#A-ONE) | lint |
            | [`B-TWO`](#B-TWO) | lint |

            ## Group

            ### A-ONE

            Default: **error**. Reports a thing; see [`includes`](configuration.html#includes) and
            [weak ones](#Weak_definitions).

            ```markdown
            # Not a heading
            See [the design](../docs/design.md).
            ```

            **Fix:** write `[x](y.html)` as [the guide](https://example.org/g) says.
            ### B-TWO

            Default: **warning**. Reports another.
            """;

    @Test
    void takesEachRulesSectionWithLinksToTheWeb() {
        Map<String, RuleHelp.Help> help = RuleHelp.parse(PAGE);
        assertEquals(java.util.Set.of("A-ONE", "A-ONE-MAY", "B-TWO"), help.keySet());
        String docs = "https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/";
        RuleHelp.Help one = help.get("A-ONE");
        assertEquals("""
                Default: **error**. Reports a thing; see [`includes`](%1$sconfiguration.md#includes) and
                [weak ones](%1$srules.md#weak-definitions).

                ```markdown
                # Not a heading
                See [the design](../docs/design.md).
                ```

                **Fix:** write `[x](y.html)` as [the guide](https://example.org/g) says.""".formatted(docs),
                one.markdown());
        assertEquals("""
                Default: error. Reports a thing; see `includes` (%1$sconfiguration.md#includes) and
                weak ones (%1$srules.md#weak-definitions).

                ```markdown
                # Not a heading
                See [the design](../docs/design.md).
                ```

                Fix: write `[x](y.html)` as the guide (https://example.org/g) says.""".formatted(docs), one.text());
        assertEquals(("Default: error. Reports a thing; see `includes` (%1$sconfiguration.md#includes) and weak ones"
                + " (%1$srules.md#weak-definitions). Fix: write `[x](y.html)` as the guide (https://example.org/g)"
                + " says.").formatted(docs), one.fullDescription());
        assertEquals(one, help.get("A-ONE-MAY"));
        assertEquals(new RuleHelp.Help("Default: warning. Reports another.", "Default: warning. Reports another.",
                "Default: **warning**. Reports another.", "b-two"), help.get("B-TWO"));
        assertEquals("a-one", help.get("A-ONE-MAY").anchor());
    }

    /** One source: the packaged page is the site's rules.md, and every rule has a section that says how to fix it. */
    @Test
    void everyRuleHasHelpFromTheSitesRulesPage() throws IOException {
        byte[] site = Files.readAllBytes(Path.of("../src/site/markdown/rules.md"));
        try (InputStream in = RuleHelp.class.getResourceAsStream("rules.md")) {
            assertNotNull(in, "rules.md is not packaged next to RuleHelp");
            assertArrayEquals(site, in.readAllBytes());
        }
        Map<String, RuleHelp.Help> fromSite = RuleHelp.parse(new String(site, java.nio.charset.StandardCharsets.UTF_8));
        for (Rule r : Rule.values()) {
            RuleHelp.Help h = RuleHelp.of(r);
            assertNotNull(h, r.id());
            assertEquals(fromSite.get(r.id()), h, r.id());
            assertEquals(r.id().startsWith("TRACE-UNTESTED-") ? "trace-untested"
                    : r.id().startsWith("TRACE-UNIMPLEMENTED-") ? "trace-unimplemented" : r.anchor(), h.anchor());
            assertTrue(h.markdown().startsWith("Default: **"), r.id() + ": " + h.markdown());
            assertTrue(h.markdown().contains("\n**Fix:** "), r.id());
            assertTrue(h.fullDescription().contains(" Fix: "), r.id());
            assertTrue(!h.markdown().contains(".html"), r.id() + " links to the site: " + h.markdown());
        }
    }
}
