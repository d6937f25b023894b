// An unknown rule ID in <rules> is broken configuration: MojoExecutionException, naming the known rules.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def expected = [
        '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:lint (default-cli) on project bad-rule: <rules> configures unknown rule \'SPEC-NOPE\'. Known rules: DRIFT-CHANGED, DRIFT-MISSING, DRIFT-STALE, LINK-ANCHOR-MISSING, LINK-FILE-MISSING, LINK-LINE-MISSING, RESULTS-MALFORMED, SPEC-BUNDLED, SPEC-ID-DUPLICATE, SPEC-ID-FORMAT, SPEC-ID-PREFIX, SPEC-LINE-LENGTH, SPEC-LINK-ABSOLUTE, SPEC-MODULE-WITHOUT-SPEC, SPEC-NO-REQUIREMENTS, SPEC-RFC2119-AMBIGUOUS, SPEC-RFC2119-LOWERCASE, SPEC-RFC2119-MISSING, TRACE-COVERAGE, TRACE-DANGLING, TRACE-UNIMPLEMENTED, TRACE-UNIMPLEMENTED-MAY, TRACE-UNIMPLEMENTED-SHOULD, TRACE-UNPROVEN, TRACE-UNTESTED, TRACE-UNTESTED-MAY, TRACE-UNTESTED-SHOULD. -> [Help 1]',
]
// Each line appears exactly once and in this order: one line per finding, sorted, then the summary and the failure.
assert lines.findAll { line -> expected.contains(line) } == expected
assert lines.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')

assert !new File(basedir, 'target/spec/lint.sarif').exists()
