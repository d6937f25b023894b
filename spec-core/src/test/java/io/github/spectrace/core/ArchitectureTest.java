package io.github.spectrace.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.spectrace.core.model.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of spec-core, its exports and its rule registry, checked on every build. */
class ArchitectureTest {

    /** spec-core's own classes only; classes they use from the JDK and libraries are not followed. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(Path.of("target/classes"));

    // SPEC-CORE-1052
    @Test
    void noPackageCycles() {
        slices().matching("io.github.spectrace.core.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void stagesDoNotKnowTheApiAndTheModelKnowsNothing() {
        noClasses().that().resideInAPackage("..core.internal..").should().dependOnClassesThat()
                .resideInAPackage("..core.api..").check(CLASSES);
        noClasses().that().resideInAPackage("..core.model..").should().dependOnClassesThat()
                .resideInAnyPackage("..core.api..", "..core.internal..").check(CLASSES);
    }

    @Test
    void moduleExportsOnlyTheApiAndTheModel() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertEquals("io.github.spectrace.core", d.name());
            assertEquals(Set.of("io.github.spectrace.core.api", "io.github.spectrace.core.model"),
                    d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        }
    }

    /**
     * The core needs no JDK tool module, so that it runs on a JRE: test sources are outlined by a scanner of its own,
     * not javac's tree API, which stays in the tests as that scanner's oracle.
     */
    @Test
    void mainCodeNeedsNoJavaCompiler() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            assertEquals(Set.of(), ModuleDescriptor.read(in).requires().stream().map(ModuleDescriptor.Requires::name)
                    .filter(n -> n.startsWith("jdk.")).collect(Collectors.toSet()));
        }
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.tools..", "com.sun.source..")
                .check(CLASSES);
    }

    /**
     * Rule IDs are never written as strings in the sources: a checker names a {@link Rule}, so it cannot report
     * an unregistered rule. Requirement IDs, which end in a number, are not rule IDs.
     */
    @Test
    void noRuleIdIsWrittenAsAString() throws IOException {
        Pattern string = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
        Pattern id = Pattern.compile("(?<![A-Z0-9-])(?:SPEC|LINK|TRACE|DRIFT|RESULTS)(?:-[A-Z][A-Z0-9]*)+(?![A-Z0-9-])");
        Set<String> found = new TreeSet<>();
        List<Path> files = javaFiles(Path.of("src/main/java"));
        assertTrue(files.size() > 50, "the scan found the sources");
        for (Path p : files) {
            Matcher s = string.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (s.find()) {
                Matcher m = id.matcher(s.group());
                while (m.find()) {
                    found.add(m.group() + " in " + p);
                }
            }
        }
        assertEquals(Set.of(), found);
    }

    /** Every registered rule is reported by some stage, so the registry lists no dead rule. */
    @Test
    void everyRegisteredRuleIsReportedBySomeStage() {
        List<String> unused = new ArrayList<>();
        for (Rule r : Rule.values()) {
            boolean used = CLASSES.get(Rule.class).getField(r.name()).getAccessesToSelf().stream()
                    .anyMatch(a -> !a.getOriginOwner().getPackageName().endsWith(".model"));
            if (!used) {
                unused.add(r.id());
            }
        }
        assertEquals(List.of(), unused);
    }

    /** rules.md lists every rule in its table. */
    @Test
    void everyRuleIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../src/site/markdown/rules.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (Rule r : Rule.values()) {
            if (!doc.contains("| [`" + r.id() + "`](")) {
                missing.add(r.id());
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
