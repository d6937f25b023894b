package io.github.spectrace.maven;

import io.github.spectrace.core.internal.drift.DriftChecker;
import io.github.spectrace.core.internal.extract.ExtractOptions;
import io.github.spectrace.core.internal.extract.Extraction;
import io.github.spectrace.core.internal.extract.ProjectLayout;
import io.github.spectrace.core.internal.links.LinkReport;
import io.github.spectrace.core.internal.render.GeneratedFiles;
import io.github.spectrace.core.internal.render.Sarif;
import io.github.spectrace.core.internal.render.TraceJson;
import io.github.spectrace.core.internal.results.ProofAnalyzer;
import io.github.spectrace.core.internal.results.TestResults;
import io.github.spectrace.core.internal.trace.Trace;
import io.github.spectrace.core.internal.trace.TraceChecker;
import io.github.spectrace.core.model.Finding;
import io.github.spectrace.core.model.Level;
import io.github.spectrace.core.model.LevelCoverage;
import io.github.spectrace.core.model.RequirementProof;
import io.github.spectrace.core.model.Rule;
import io.github.spectrace.core.model.SpecException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The CI gate. Recomputes every {@code requirements/*.yaml} and {@code COMPLIANCE.md} in memory exactly as
 * {@code spec:extract} would and compares them byte for byte with the committed files; checks that code and
 * tests cite only defined requirements and that every MUST requirement is tested; and, unless they already ran
 * in this build, runs lint and check-links. It writes nothing but {@code target/spec/verify.sarif}, and needs
 * no git.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify-drift", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyDriftMojo extends AbstractSpecMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.verify.skip", defaultValue = "false")
    private boolean skipVerify;

    /**
     * Also runs lint and check-links, so that one {@code mvn verify} is the whole gate. They are not run again
     * when they already ran in the same build (for example bound to {@code validate}), nor when
     * {@code spec.lint.skip} or {@code spec.checkLinks.skip} is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.verify.lint", defaultValue = "true")
    private boolean verifyLint;

    /**
     * The most lines of unified diff shown for each changed generated file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "spec.verify.maxDiffLines", defaultValue = "40")
    private int maxDiffLines;

    /**
     * Minimum share (0 to 1) of requirements cited by at least one test, by level, for example
     * {@code <minTestCoverage><must>1.0</must><should>0.5</should></minTestCoverage>}. Below it the build fails
     * with {@code TRACE-COVERAGE}. Default: no minimum.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> minTestCoverage;

    /**
     * Minimum share (0 to 1) of requirements cited by code, by level, like {@code minTestCoverage}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> minCodeCoverage;

    @Override
    protected void executeSpec() throws MojoFailureException {
        if (skipVerify) {
            getLog().info("Skipping: spec.verify.skip is true.");
            return;
        }
        ProjectLayout layout = layout();
        ExtractOptions options = extractOptions();
        if (maxDiffLines < 1) {
            throw new SpecException("<maxDiffLines> is " + maxDiffLines + ". Give a positive number of lines, such"
                    + " as 40.");
        }
        Map<Level, Double> minTest = ratios(minTestCoverage, "minTestCoverage");
        Map<Level, Double> minCode = ratios(minCodeCoverage, "minCodeCoverage");
        Extraction extraction = extract(layout, options);
        Trace trace = trace(layout, options, extraction);

        SortedMap<String, byte[]> expected = GeneratedFiles.render(extraction, trace.counts(), options);
        List<String> stale = GeneratedFiles.stale(layout.root(), options, expected);
        List<Finding> findings = new ArrayList<>(
                new DriftChecker(ruleSettings(), maxDiffLines).check(layout.root(), expected, stale));
        boolean drift = !findings.isEmpty();
        findings.addAll(new TraceChecker(ruleSettings(), minTest, minCode, pomPath(layout)).check(extraction, trace));
        List<Rule> rules = new ArrayList<>(DriftRules.ALL);
        rules.addAll(TraceRules.ALL);
        if (verifyLint) {
            if (!skipLint && !gateDone("lint")) {
                findings.addAll(lint(layout, options, extraction));
                rules.addAll(LintRules.ALL);
            }
            if (!skipLinks && !gateDone("check-links")) {
                LinkReport links = checkLinks(layout, options, extraction);
                findings.addAll(links.findings());
                rules.addAll(LinkRules.ALL);
            }
        }
        TestResults results = testResults(layout);
        List<RequirementProof> proofs = proofs(layout, extraction, trace, results);
        findings.addAll(ProofAnalyzer.unproven(proofs, ruleSettings()));
        findings.addAll(results.warnings());
        rules.addAll(ResultsRules.ALL);
        findings.sort(null);
        writeReport(layout, "trace.json", out -> TraceJson.write(out, extraction, proofs, findings));
        int[] counts = log(findings);
        String sarif = writeReport(layout, "verify.sarif",
                Sarif.render("spec-maven-plugin", plugin.getVersion(), rules, findings));
        getLog().info(coverageLine(TraceChecker.coverage(extraction, trace)) + "; " + plural(trace.filesScanned(),
                "file") + " scanned, " + trace.filesSkipped() + " skipped (binary, too large or linking outside),"
                + " " + plural(trace.references().size(), "citation"));
        getLog().info(summary(counts, extraction.documents().size()) + "; " + plural(expected.size(),
                "generated file") + " compared; SARIF report: " + sarif);
        failIfNeeded(counts, "verify-drift", drift
                ? "Run 'mvn spec:extract' and commit the result; fix the other findings in the specs, code or tests."
                : "Fix the findings above in the specs, code or tests; each rule's severity can be changed in"
                        + " <rules>.");
    }

    // SPEC-PLUGIN-2012: the failure message above names the fixing command.
    private static String coverageLine(List<LevelCoverage> coverage) {
        StringBuilder sb = new StringBuilder("Coverage:");
        String sep = " ";
        for (LevelCoverage lc : coverage) {
            if (lc.total() > 0) {
                sb.append(sep).append(lc.level().id()).append(' ').append(lc.tested()).append('/').append(lc.total())
                        .append(" tested (").append(LevelCoverage.percent(lc.tested(), lc.total())).append("), ")
                        .append(lc.implemented()).append('/').append(lc.total()).append(" implemented (")
                        .append(LevelCoverage.percent(lc.implemented(), lc.total())).append(')');
                sep = "; ";
            }
        }
        return sep.equals(" ") ? "Coverage: no requirements" : sb.toString();
    }

    private static Map<Level, Double> ratios(Map<String, String> configured, String element) {
        Map<Level, Double> out = new EnumMap<>(Level.class);
        if (configured == null) {
            return out;
        }
        for (Map.Entry<String, String> e : new TreeMap<>(configured).entrySet()) {
            Level level;
            try {
                level = Level.valueOf(e.getKey().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new SpecException("<" + element + "> names level '" + e.getKey()
                        + "'. Use must, should, may or info.");
            }
            double v;
            try {
                v = Double.parseDouble(e.getValue() == null ? "" : e.getValue().strip());
            } catch (NumberFormatException ex) {
                v = -1;
            }
            if (!(v >= 0 && v <= 1)) {
                throw new SpecException("<" + element + "><" + e.getKey() + "> is '"
                        + (e.getValue() == null ? "" : e.getValue()) + "'. Give a share between 0 and 1, for example"
                        + " 1.0 or 0.8.");
            }
            out.put(level, v);
        }
        return out;
    }
}
