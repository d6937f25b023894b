// spec:verify-drift on its own: lint and check-links did not run in this build, so the gate runs them itself and
// its findings and SARIF report include theirs. A warning does not fail the build.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def header = lines.findIndexOf {
    it == '[INFO] --- spec-maven-plugin:VERSION:verify-drift (default-cli) @ drift-reactor ---'
}
assert header >= 0 : 'verify-drift did not run at the top-level project'
def output = lines.drop(header + 1).takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
assert output == [
        '[WARNING] .specs/30-app.md:7:101: [SPEC-LINE-LENGTH] line is 104 characters long, more than 100. Wrap it;'
                + ' code, tables and lines of one unbreakable word such as a URL are exempt.',
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 0 errors, 1 warning in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
// Nothing else ran: no lint or check-links summary, no compilation.
assert lines.count { it.contains(' SARIF report: ') } == 1
assert lines.count { it.startsWith('[WARNING]') } == 1
assert !new File(basedir, 'target/spec/lint.sarif').exists()
assert !new File(basedir, 'core/target').exists()
assert lines.contains('[INFO] BUILD SUCCESS')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def run = sarif.runs[0]
def ruleIds = run.tool.driver.rules*.id
assert ruleIds == ['DRIFT-CHANGED', 'DRIFT-LEFTOVER', 'DRIFT-MISSING', 'DRIFT-STALE', 'LINK-ANCHOR-MISSING', 'LINK-FILE-MISSING',
        'LINK-LINE-MISSING', 'LINK-TARGET-SKIPPED', 'RESULTS-MALFORMED', 'SPEC-BUNDLED', 'SPEC-FILE-SKIPPED', 'SPEC-ID-DUPLICATE', 'SPEC-ID-FORMAT', 'SPEC-ID-PREFIX', 'SPEC-LINE-LENGTH',
        'SPEC-LINK-ABSOLUTE', 'SPEC-MANIFEST-INVALID', 'SPEC-MAPPING-UNUSED', 'SPEC-MODULE-AMBIGUOUS', 'SPEC-MODULE-WITHOUT-SPEC', 'SPEC-NO-REQUIREMENTS',
        'SPEC-NONE-FOUND', 'SPEC-RFC2119-AMBIGUOUS',
        'SPEC-RFC2119-LOWERCASE', 'SPEC-RFC2119-MISSING', 'TRACE-COVERAGE', 'TRACE-DANGLING', 'TRACE-FAILING', 'TRACE-FILE-SKIPPED', 'TRACE-NOTHING-SCANNED', 'TRACE-SUSPECT', 'TRACE-UNIMPLEMENTED',
        'TRACE-UNIMPLEMENTED-MAY', 'TRACE-UNIMPLEMENTED-SHOULD', 'TRACE-UNPROVEN', 'TRACE-UNTESTED', 'TRACE-UNTESTED-MAY',
        'TRACE-UNTESTED-SHOULD']
def results = run.results.collect { r ->
    def loc = r.locations[0].physicalLocation
    assert ruleIds[r.ruleIndex] == r.ruleId
    [r.ruleId, r.level, loc.artifactLocation.uri, loc.region?.startLine, loc.region?.startColumn]
}
assert results == [['SPEC-LINE-LENGTH', 'warning', '.specs/30-app.md', 7, 101]]
