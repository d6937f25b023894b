package io.github.spectrace.core.internal.trace;

import io.github.spectrace.core.internal.markdown.LineIndex;
import java.time.Duration;
import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RustOutlineTest {

    /** Each range as {@code first line:column-last line:column}, the last being that of its last character. */
    private static List<String> spans(String text) {
        LineIndex lines = new LineIndex(text);
        return RustOutline.of(text).ranges().stream().map(r -> lines.line(r.start()) + ":" + lines.column(r.start())
                + "-" + lines.line(r.end() - 1) + ":" + lines.column(r.end() - 1)).toList();
    }

    /** The text of each range. */
    private static List<String> texts(String text) {
        return RustOutline.of(text).ranges().stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void cfgTestModuleAndLoneTestFunction() {
        String text = """
                pub fn parse() {}            // OC-CORE-1001: code citation

                #[cfg(test)]
                mod tests {                  // everything inside is test code
                    use super::*;
                    #[test]
                    fn parses() { /* OC-CORE-1001: test citation */ }
                }

                #[test]
                fn smoke() {}
                """;
        assertEquals(List.of("3:1-8:1", "10:1-11:13"), spans(text));
        assertEquals("#[test]\nfn smoke() {}", texts(text).get(1));
        RustOutline outline = RustOutline.of(text);
        assertFalse(outline.isTest(text.indexOf("OC-CORE-1001")));
        assertTrue(outline.isTest(text.lastIndexOf("OC-CORE-1001")));
        assertFalse(outline.isTest(text.indexOf("#[cfg") - 1));
        assertTrue(outline.isTest(text.indexOf("#[cfg")));
        assertTrue(outline.isTest(text.indexOf("\n}\n") + 1));
        assertFalse(outline.isTest(text.indexOf("\n}\n") + 2));
    }

    @Test
    void nestedModulesAndTestsInsideCodeModules() {
        String text = """
                mod outer {
                    pub mod inner {
                        pub fn f() {}
                        #[cfg(test)]
                        mod tests {
                            mod deeper {
                                #[test]
                                fn t() {}
                            }
                        }
                    }
                    #[test]
                    fn direct() {}
                }
                fn after() {}
                """;
        assertEquals(List.of("4:9-10:9", "12:5-13:18"), spans(text));
    }

    @Test
    void cfgPredicates() {
        String text = """
                #[cfg(not(test))]
                fn production() {}
                #[cfg(all(test, feature = "x"))]
                fn a() {}
                #[cfg(any(unix, test))]
                fn b() {}
                #[cfg(feature = "test")]
                fn c() {}
                #[cfg(all(not(test), unix))]
                fn d() {}
                #[cfg(all(not(windows), test))]
                fn e() {}
                #[cfg_attr(test, derive(Debug))]
                struct F;
                #[cfg(testing)]
                fn g() {}
                """;
        assertEquals(List.of("3:1-4:9", "5:1-6:9", "11:1-12:9"), spans(text));
    }

    @Test
    void bracesInStringsRawStringsCharsAndLifetimes() {
        String text = """
                #[cfg(test)]
                mod tests {
                    const A: &str = "}\\"}";
                    const B: &str = r#"}"}"#;
                    const C: &str = r##"}"#}"##;
                    const D: &[u8] = br#"}"#;
                    const E: &[u8] = b"}";
                    const F: char = '{';
                    const G: char = '\\'';
                    const H: char = '\\u{1F600}';
                    const I: u8 = b'}';
                    fn f<'a>(x: &'a str) -> &'a str { 'outer: loop { break 'outer; } x }
                }
                fn code() {}
                """;
        assertEquals(List.of("1:1-13:1"), spans(text));
    }

    @Test
    void blockCommentsLineCommentsAndDocComments() {
        String text = """
                // An ordinary comment above is not part of the range.
                /// Unit tests.
                #[cfg(test)]
                mod tests { /* } /* nested } */ still a comment } */
                    // }
                    fn t() {}
                }
                fn code() {}
                """;
        assertEquals(List.of("2:1-7:1"), spans(text));
    }

    @Test
    void itemsWithoutABody() {
        String text = """
                #[cfg(test)] mod tests;
                #[cfg(test)]
                use std::collections::{HashMap, HashSet};
                #[cfg(test)]
                const LIMIT: usize = { 3 };
                use std::io;
                """;
        assertEquals(List.of("#[cfg(test)] mod tests;", "#[cfg(test)]\nuse std::collections::{HashMap, HashSet};",
                "#[cfg(test)]\nconst LIMIT: usize = { 3 };"), texts(text));
    }

    @Test
    void stackedAttributesAndTestAttributeStyles() {
        String text = """
                #[test]
                #[should_panic(expected = "]")]
                fn panics() {}

                #[tokio::test(flavor = "multi_thread")]
                async fn runs() {}

                #[rstest]
                #[case(1)]
                pub(crate) fn cases(#[case] n: u32) {}

                #[test_case(1, "a" ; "one")]
                fn each(n: u32, s: &str) {}

                #[::async_std::test]
                async fn std() {}

                #[test]
                struct NotAFunction;

                #[should_panic]
                #[inline]
                fn helper() {}
                """;
        assertEquals(List.of("1:1-3:14", "5:1-6:18", "8:1-10:38", "12:1-13:27", "15:1-16:17"), spans(text));
    }

    @Test
    void fieldsVariantsAndArms() {
        String text = """
                struct S {
                    a: u8,
                    #[cfg(test)]
                    b: HashMap<u8, u8>,
                    c: u8,
                }
                enum E { A, #[cfg(test)] B }
                fn f(x: u8) -> u8 {
                    match x {
                        #[cfg(test)]
                        0 => 1,
                        _ => 2,
                    }
                }
                """;
        assertEquals(List.of("#[cfg(test)]\n    b: HashMap<u8, u8>,", "#[cfg(test)] B",
                "#[cfg(test)]\n        0 => 1,"), texts(text));
    }

    @Test
    void innerCfgTestAttributes() {
        assertEquals(List.of("1:1-3:10"), spans("//! Tests.\n#![cfg(test)]\nfn t() {}\n"));
        String text = """
                mod tests {
                    #![cfg(test)]
                    fn t() {}
                }
                #![allow(dead_code)]
                fn code() {}
                """;
        assertEquals(List.of("1:11-4:1"), spans(text));
    }

    @Test
    void unbalancedInputExtendsToTheEnd() {
        String text = "fn a() {}\n#[cfg(test)]\nmod tests {\n    fn t() {\n";
        assertEquals(List.of("2:1-4:13"), spans(text));
        assertEquals(List.of("2:1-2:13"), spans("fn a() { } } } ) ]\n#[test] fn b("));
        assertEquals(List.of("#[cfg(test"), texts("#[cfg(test"));
        assertEquals(List.of("#[cfg(test)] mod m { \"unterminated }"), texts("#[cfg(test)] mod m { \"unterminated }"));
        assertEquals(List.of("#[cfg(test)] mod m { /* }"), texts("#[cfg(test)] mod m { /* }"));
        assertEquals(List.of("#[cfg(test)] mod m { r#\"}\"## }"), texts("#[cfg(test)] mod m { r#\"}\"## }"));
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts("# ' '' '\\ b' r# br## \" "));
    }

    @Test
    void deepNestingDoesNotOverflow() {
        String deep = "{".repeat(100_000);
        assertEquals(List.of(), spans(deep));
        String text = "#[cfg(test)]\nmod tests " + deep + "}".repeat(100_000) + "\nfn code() {}\n";
        assertEquals(List.of("1:1-2:200010"), spans(text));
        String comments = "/*".repeat(100_000) + "}" + "*/".repeat(100_000) + "#[test] fn t() {}";
        assertEquals(List.of("#[test] fn t() {}"), texts(comments));
        String nots = "#[cfg(" + "not(".repeat(100_000) + "test" + ")".repeat(100_000) + ")] fn f() {}";
        assertEquals(List.of(), texts(nots));
    }

    @Test
    void linearOnInputsThatLookAhead() {
        // A lexer that searched ahead for a closing quote, or rescanned a raw string, would be quadratic here.
        String chars = "'\\u{".repeat(200_000) + "\n#[test] fn t() {}";
        String raw = "r####\"" + "\"###".repeat(200_000) + "\"####\n#[test] fn t() {}";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(List.of("#[test] fn t() {}"), texts(chars));
            assertEquals(List.of("#[test] fn t() {}"), texts(raw));
        });
    }

    @Test
    void neverThrowsAndKeepsRangesOrdered() {
        String[] pieces = {"#[cfg(test)]", "#[test]", "#![cfg(test)]", "#", "!", "[", "]", "{", "}", "(", ")", "'",
                "\"", "\\", "r#\"", "\"#", "b'", "/*", "*/", "//", "///", "\n", " ", "fn ", "mod ", "a", ";", ",", "<",
                ">", "=", "\u00e9", "\ud83d", "\ude00"};
        Random random = new Random(42);
        int nonEmpty = 0;
        for (int run = 0; run < 20_000; run++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int end = 0;
            for (RustOutline.Range r : RustOutline.of(text).ranges()) {
                assertTrue(end <= r.start() && r.start() < r.end() && r.end() <= text.length(), text);
                end = r.end();
                nonEmpty++;
            }
        }
        assertTrue(nonEmpty > 1000, "the inputs held tests: " + nonEmpty);
    }
}
