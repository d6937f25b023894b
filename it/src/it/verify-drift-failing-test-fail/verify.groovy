// CORE-1001 and CORE-1002 are MUST requirements whose only tests fail, one with an assertion and one with an
// exception. The first build ran the tests and ignored the failures (-Dmaven.test.failure.ignore=true); the gate
// that reads their reports fails on TRACE-FAILING, naming each failing test, and trace.json marks both failing.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }

// The first build: the failing tests ran, and the build went on past them.
assert count('[ERROR] Tests run: 2, Failures: 1, Errors: 1, Skipped: 0') == 1
assert count('[INFO] BUILD SUCCESS') == 1
assert new File(basedir, 'core/target/surefire-reports/TEST-demo.core.BoundedQueueTest.xml').isFile()

def header = lines.findIndexOf {
    it == '[INFO] --- spec-maven-plugin:VERSION:verify-drift (default-cli) @ drift-reactor ---'
}
assert header >= 0 : 'verify-drift did not run at the top-level project'
def output = lines.drop(header + 1).takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
def fix = ' Fix the tests or the code; a build with -Dmaven.test.failure.ignore=true continues past failing tests,' +
        ' so the gate is where it fails.'
assert output == [
        '[ERROR] .specs/10-core.md:5:4: [TRACE-FAILING] CORE-1001 (must) is cited only by failing tests in the test'
                + ' reports: demo.core.BoundedQueueTest.rejectsWhenFull (failure).' + fix,
        '[ERROR] .specs/10-core.md:6:4: [TRACE-FAILING] CORE-1002 (must) is cited only by failing tests in the test'
                + ' reports: demo.core.BoundedQueueTest.handsOutInOrder (error).' + fix,
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 2 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:verify-drift'
        + ' (default-cli) on project drift-reactor: spec:verify-drift found 2 errors and 0 warnings.'
        + ' Fix the findings above in the specs, code or tests; each rule\'s severity can be changed in <rules>.'
        + ' -> [Help 1]') == 1
assert count('[INFO] BUILD FAILURE') == 1
// TRACE-UNPROVEN is off here; TRACE-FAILING reports these requirements, and no other rule does.
assert !lines.any { it.contains('[TRACE-UNPROVEN]') || it.contains('[DRIFT-') }

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def run = sarif.runs[0]
def ruleIds = run.tool.driver.rules*.id
def results = run.results.collect { r ->
    def loc = r.locations[0].physicalLocation
    assert ruleIds[r.ruleIndex] == r.ruleId
    [r.ruleId, r.level, loc.artifactLocation.uri, loc.region?.startLine, loc.region?.startColumn,
            r.relatedLocations.collect { "${it.physicalLocation.artifactLocation.uri}:${it.physicalLocation.region.startLine}" }]
}
def test = 'core/src/test/java/demo/core/BoundedQueueTest.java'
assert results == [
        ['TRACE-FAILING', 'error', '.specs/10-core.md', 5, 4, ["${test}:13".toString()]],
        ['TRACE-FAILING', 'error', '.specs/10-core.md', 6, 4, ["${test}:20".toString()]],
]

// trace.json: both requirements failing, with the outcome of each test.
def trace = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/trace.json'), 'UTF-8')
def byId = trace.requirements.collectEntries { [it.id, it] }
assert byId.collectEntries { id, r -> [id, r.status] } == ['API-2001': 'proven', 'API-2002': 'uncovered',
        'APP-3001': 'proven', 'CORE-1001': 'failing', 'CORE-1002': 'failing', 'CORE-1003': 'uncovered']
def cls = 'demo.core.BoundedQueueTest'
assert byId['CORE-1001'].tests.collect { [it['class'], it.method, it.result] } == [[cls, 'rejectsWhenFull', 'failed']]
assert byId['CORE-1002'].tests.collect { [it['class'], it.method, it.result] } == [[cls, 'handsOutInOrder', 'errored']]
