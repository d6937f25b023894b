// An unknown rule ID in <rules> is broken configuration: MojoExecutionException, naming the known rules.
def expected = [
        '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:lint (default-cli) on project bad-rule: <rules> configures unknown rule \'SPEC-NOPE\'. Known rules: BASELINE-STALE, DRIFT-CHANGED, DRIFT-LEFTOVER, DRIFT-MISSING, DRIFT-STALE, LINK-ANCHOR-MISSING, LINK-FILE-MISSING, LINK-LINE-MISSING, LINK-TARGET-SKIPPED, RESULTS-MALFORMED, SPEC-BUNDLED, SPEC-FILE-SKIPPED, SPEC-ID-DUPLICATE, SPEC-ID-FORMAT, SPEC-ID-PREFIX, SPEC-LINE-LENGTH, SPEC-LINK-ABSOLUTE, SPEC-MANIFEST-INVALID, SPEC-MAPPING-UNUSED, SPEC-MODULE-AMBIGUOUS, SPEC-MODULE-WITHOUT-SPEC, SPEC-NO-REQUIREMENTS, SPEC-NONE-FOUND, SPEC-RFC2119-AMBIGUOUS, SPEC-RFC2119-LOWERCASE, SPEC-RFC2119-MISSING, TRACE-COVERAGE, TRACE-DANGLING, TRACE-FAILING, TRACE-FILE-SKIPPED, TRACE-NOTHING-SCANNED, TRACE-SUSPECT, TRACE-UNIMPLEMENTED, TRACE-UNIMPLEMENTED-MAY, TRACE-UNIMPLEMENTED-SHOULD, TRACE-UNPROVEN, TRACE-UNTESTED, TRACE-UNTESTED-MAY, TRACE-UNTESTED-SHOULD. -> [Help 1]',
]

// it/target/it/<this IT> -> it/src/it-lib
new GroovyShell(new Binding([basedir: basedir, expected: expected, helpKind: 'MojoExecutionException']))
        .evaluate(new File(basedir, '../../../src/it-lib/FindingAsserts.groovy'))

assert !new File(basedir, 'target/spec/lint.sarif').exists()
