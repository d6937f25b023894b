/**
 * spec-core: Markdown specifications to a requirement model, generated files, findings and reports, with no Maven
 * types. Only the API and the model are exported; every stage lives in an internal package.
 */
// SPEC-CORE-1052
module io.github.spectrace.core {
    exports io.github.spectrace.core.api;
    exports io.github.spectrace.core.model;

    requires java.xml;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires io.github.javadiffutils;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.ext.tables;
    requires flexmark.ext.gfm.tasklist;
}
