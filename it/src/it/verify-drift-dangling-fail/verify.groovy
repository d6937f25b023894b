// A test cites CORE-1012, which no spec defines: TRACE-DANGLING at the citation, with the closest defined ID.
// The committed files are up to date (citations of undefined IDs are not counted in COMPLIANCE.md), so the
// failure asks to fix the finding, not to run spec:extract.
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
        '[ERROR] core/src/test/java/demo/core/BoundedQueueTest.java:31:11: [TRACE-DANGLING] CORE-1012 is cited by a'
                + ' test but no spec defines it; did you mean CORE-1002?',
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 1 error, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:verify-drift'
        + ' (spec-default-verify-drift) on project drift-reactor: spec:verify-drift found 1 error and 0 warnings.'
        + ' Fix the findings above in the specs, code or tests; each rule\'s severity can be changed in <rules>.'
        + ' -> [Help 1]') == 1
assert count('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 1
assert lines.count { it.contains('[TRACE-DANGLING]') } == 1
// The gate works with the top-level project, which is built first: no module was built.
assert !lines.any { it.startsWith('[INFO] Tests run:') }

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def run = sarif.runs[0]
def ruleIds = run.tool.driver.rules*.id
def results = run.results.collect { r ->
    def loc = r.locations[0].physicalLocation
    assert ruleIds[r.ruleIndex] == r.ruleId
    [r.ruleId, r.level, loc.artifactLocation.uri, loc.region?.startLine, loc.region?.startColumn, r.message.text]
}
assert results == [
        ['TRACE-DANGLING', 'error', 'core/src/test/java/demo/core/BoundedQueueTest.java', 31, 11,
                'CORE-1012 is cited by a test but no spec defines it; did you mean CORE-1002?'],
]
