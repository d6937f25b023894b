// APP-3001 is a MUST requirement that lost its only test. Even with COMPLIANCE.md regenerated (so there is no
// drift), the gate fails: TRACE-UNTESTED at the requirement's definition, and TRACE-COVERAGE because the
// reactor's POM sets <minTestCoverage><must>1.0</must></minTestCoverage>.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
def header = lines.findIndexOf {
    it == '[INFO] --- spec-maven-plugin:VERSION:verify-drift (spec-default-verify-drift) @ drift-reactor ---'
}
assert header >= 0 : 'verify-drift did not run at the top-level project'
def output = lines.drop(header + 1).takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
assert output == [
        '[ERROR] .specs/30-app.md:5:4: [TRACE-UNTESTED] APP-3001 (must) is not cited by any test. Cite it in a test'
                + ' that checks it, for example @Tag("APP-3001") or a comment, or change the rule\'s severity.',
        '[ERROR] pom.xml: [TRACE-COVERAGE] test coverage of must requirements is 75.0% (3 of 4), below'
                + ' <minTestCoverage><must>1.0</must></minTestCoverage>. Cite more must requirements in tests;'
                + ' COMPLIANCE.md lists each requirement\'s status.',
        '[INFO] Coverage: must 3/4 tested (75.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 7 citations',
        '[INFO] 2 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:verify-drift'
        + ' (spec-default-verify-drift) on project drift-reactor: spec:verify-drift found 2 errors and 0 warnings.'
        + ' Fix the findings above in the specs, code or tests; each rule\'s severity can be changed in <rules>.'
        + ' -> [Help 1]') == 1
assert count('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 1
assert !lines.any { it.contains('[DRIFT-') }
assert !lines.any { it.startsWith('[INFO] Tests run:') }

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def run = sarif.runs[0]
def ruleIds = run.tool.driver.rules*.id
def results = run.results.collect { r ->
    def loc = r.locations[0].physicalLocation
    assert ruleIds[r.ruleIndex] == r.ruleId
    [r.ruleId, r.level, loc.artifactLocation.uri, loc.region?.startLine, loc.region?.startColumn]
}
assert results == [
        ['TRACE-UNTESTED', 'error', '.specs/30-app.md', 5, 4],
        ['TRACE-COVERAGE', 'error', 'pom.xml', 1, null],
]
