package io.github.spectrace.core.internal.render;

import java.util.Locale;

/** The starting spec that {@code spec:init} writes for a module without one. */
public final class SpecTemplate {

    private SpecTemplate() {
    }

    /**
     * An ID prefix for a module, such as {@code DEMO-CORE} for {@code demo-core}: capitals and digits, segments
     * joined by {@code -}, each starting with a letter, as the default ID pattern wants.
     *
     * @param module the module name
     * @return the prefix, without the final {@code -}
     */
    public static String idPrefix(String module) {
        StringBuilder out = new StringBuilder();
        for (String part : module.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(Character.isDigit(part.charAt(0)) ? "X" + part : part);
        }
        return out.length() == 0 ? "REQ" : out.toString();
    }

    /**
     * The spec: a heading, a sentence on how requirements are written and cited, and one example requirement.
     *
     * @param module the module name
     * @return Markdown with LF line ends
     */
    public static String spec(String module) {
        String id = idPrefix(module) + "-1001";
        return "# " + module + "\n\n"
                + "Each requirement is a list item that starts with its ID in brackets and states one thing with an\n"
                + "RFC 2119 keyword (MUST, SHOULD, MAY). Cite the ID in a comment next to the code that implements\n"
                + "it and in the test that checks it, for example `// " + id + "`.\n\n"
                + "## 1. Behaviour\n\n"
                + "- [" + id + "] " + module + " MUST do what this sentence says; replace it with a real"
                + " requirement.\n";
    }
}
