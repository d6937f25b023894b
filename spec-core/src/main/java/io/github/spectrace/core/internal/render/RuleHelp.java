package io.github.spectrace.core.internal.render;

import io.github.spectrace.core.model.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each rule's documentation, taken from the site's {@code rules.md}, which the build packages next to this class:
 * one text for the site and for SARIF's {@code fullDescription} and {@code help}. A rule's section is the one its
 * row in the rules table links to ({@code TRACE-UNTESTED-SHOULD} shares {@code TRACE-UNTESTED}'s).
 */
final class RuleHelp {

    /** Where the documentation pages are on the web; the site's {@code x.html} is {@code x.md} there. */
    static final String DOCS = "https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/";

    /** A rule's page section: what it reports, an example and the fix, and its anchor on the web page. */
    record Help(String fullDescription, String text, String markdown, String anchor) {
    }

    private static final Pattern ROW = Pattern.compile("^\\| \\[`([A-Z0-9-]+)`\\]\\(#([A-Za-z0-9_-]+)\\) \\|");
    /** A code span, or a link whose text may hold code spans. */
    private static final Pattern TOKEN = Pattern.compile("`[^`]*`|\\[((?:`[^`]*`|[^\\]`])*)\\]\\(([^)\\s]*)\\)");
    // Compiled once rather than by String.matches and split for each link and paragraph: the help is built when a
    // goal first writes SARIF, in a JVM that is still cold.
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");

    private static final Sections PAGE = sections(load());
    private static final Map<String, Help> HELP = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleHelp() {
    }

    /**
     * The help of a rule, or null when {@code rules.md} has no section for it (a test keeps that from happening).
     */
    static Help of(Rule rule) {
        Help known = HELP.get(rule.id());
        if (known != null) {
            return known;
        }
        Help h = help(PAGE, rule.id());
        if (h != null) {
            HELP.putIfAbsent(rule.id(), h);
        }
        return h;
    }

    private static String load() {
        try (InputStream in = RuleHelp.class.getResourceAsStream("rules.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // A resource of this jar; failing to read it is a broken installation, not user input.
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of a rules page, and the section each rule of its table links to. */
    private record Sections(Map<String, String> sectionOf, Map<String, List<String>> bodies) {
    }

    /** The help of every rule in the table of a rules page. */
    static Map<String, Help> parse(String page) {
        Sections sections = sections(page);
        Map<String, Help> out = new HashMap<>();
        sections.sectionOf().keySet().forEach(rule -> {
            Help h = help(sections, rule);
            if (h != null) {
                out.put(rule, h);
            }
        });
        return out;
    }

    /**
     * Only splits the page: each rule's help is built when a report first needs it, since a goal lists only the
     * rules of its own checks, in a JVM that is still cold.
     */
    private static Sections sections(String page) {
        List<String> lines = page.replace("\r\n", "\n").lines().toList();
        Map<String, String> sectionOf = new HashMap<>();
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        boolean fence = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                fence = !fence;
            }
            if (!fence && (line.startsWith("## ") || line.startsWith("### ") || line.startsWith("# "))) {
                current = null;
                if (line.startsWith("### ")) {
                    current = new ArrayList<>();
                    sections.put(line.substring(4).strip(), current);
                }
                continue;
            }
            if (!fence && line.startsWith("| [`")) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    sectionOf.put(row.group(1), row.group(2));
                }
            }
            if (current != null) {
                current.add(line);
            }
        }
        return new Sections(sectionOf, sections);
    }

    /** The help of one rule, or null when the page has no section for it. */
    private static Help help(Sections page, String rule) {
        String section = page.sectionOf().get(rule);
        List<String> body = section == null ? null : page.bodies().get(section);
        return body == null ? null : help(body, slug(section));
    }

    private static Help help(List<String> body, String anchor) {
        String markdown = absoluteLinks(String.join("\n", body).strip());
        List<String> paragraphs = new ArrayList<>();
        for (String p : BLANK_LINE.split(markdown)) {
            paragraphs.add(p.strip().replace('\n', ' '));
        }
        StringBuilder full = new StringBuilder(paragraphs.get(0));
        for (String p : paragraphs) {
            if (p.startsWith("**Fix:**")) {
                full.append(' ').append(p);
            }
        }
        return new Help(text(full.toString()), text(markdown), markdown, anchor);
    }

    /** Links relative to the site become links to the pages on the web, with GitHub's heading anchors. */
    private static String absoluteLinks(String markdown) {
        return prose(markdown, (text, target) -> {
            String url = target;
            if (!SCHEME.matcher(url).matches()) {
                int hash = url.indexOf('#');
                String page = hash < 0 ? url : url.substring(0, hash);
                String anchor = hash < 0 ? "" : "#" + slug(url.substring(hash + 1));
                String md = page.endsWith(".html") ? page.substring(0, page.length() - ".html".length()) + ".md" : page;
                url = DOCS + (page.isEmpty() ? "rules.md" : md) + anchor;
            }
            return "[" + text + "](" + url + ")";
        }, plain -> plain);
    }

    /**
     * Rewrites the links and the plain text of Markdown's prose: fenced code blocks and code spans, whose examples
     * show Markdown as the user writes it, stay as they are.
     */
    private static String prose(String markdown, java.util.function.BinaryOperator<String> link,
            java.util.function.UnaryOperator<String> plain) {
        StringBuilder out = new StringBuilder();
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            boolean marker = line.startsWith("```");
            fence ^= marker;
            if (fence || marker) {
                out.append(line);
                continue;
            }
            Matcher m = TOKEN.matcher(line);
            int at = 0;
            while (m.find()) {
                out.append(plain.apply(line.substring(at, m.start())));
                out.append(m.group(1) == null ? m.group() : link.apply(m.group(1), m.group(2)));
                at = m.end();
            }
            out.append(plain.apply(line.substring(at)));
        }
        return out.toString();
    }

    /** A site anchor ({@code Weak_definitions}) as GitHub's heading anchor ({@code weak-definitions}). */
    static String slug(String anchor) {
        StringBuilder out = new StringBuilder(anchor.length());
        for (char c : anchor.toLowerCase(Locale.ROOT).replace('_', '-').toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Markdown as plain text: {@code [text](url)} becomes {@code text (url)}, and bold markers go. */
    static String text(String markdown) {
        return prose(markdown, (text, target) -> text + " (" + target + ")", plain -> plain.replace("**", ""));
    }
}
