// Tests SPEC-PLUGIN-2020.
// One mvn verify: the top-level project checks drift and citations before any module is built, and the last
// module to reach the gate, after every module's tests, checks this build's reports: TRACE-FAILING names the
// failing tests, the build fails there, and trace.json marks both requirements failing.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
def output = { String project ->
    def header = "[INFO] --- spec-maven-plugin:VERSION:verify-drift (spec-default-verify-drift) @ ${project} ---"
    def at = lines.findIndexOf { it == header.toString() }
    assert at >= 0 : "verify-drift did not run in ${project}"
    lines.drop(at + 1).takeWhile { !it.startsWith('[INFO] ---') && !it.startsWith('[INFO] Reactor Summary') }
            .findAll { it.startsWith('[') && it != '[INFO] ' && !it.startsWith('[INFO] Download')
                    && !it.startsWith('[INFO] ---') && !it.startsWith('[INFO] Building') && !it.startsWith('[INFO] ===') }
}
assert output('drift-reactor') == [
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped'
                + ' (binary, too large or linking outside), 8 citations',
        '[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert output('core') == []
assert output('api') == []
def fix = ' Fix the tests or the code; a build with -Dmaven.test.failure.ignore=true continues past failing tests,' +
        ' so the gate is where it fails.'
assert output('app').take(3) == [
        '[ERROR] .specs/10-core.md:5:4: [TRACE-FAILING] CORE-1001 (must) is cited only by failing tests in the test'
                + ' reports: demo.core.BoundedQueueTest.rejectsWhenFull (failure).' + fix,
        '[ERROR] .specs/10-core.md:6:4: [TRACE-FAILING] CORE-1002 (must) is cited only by failing tests in the test'
                + ' reports: demo.core.BoundedQueueTest.handsOutInOrder (error).' + fix,
        '[INFO] Test reports of this build: 2 errors, 0 warnings in 3 reports; SARIF report: target/spec/verify.sarif',
]
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:verify-drift'
        + ' (spec-default-verify-drift) on project app: spec:verify-drift found 2 errors and 0 warnings.'
        + ' Fix the findings above in the specs, code or tests; each rule\'s severity can be changed in <rules>.'
        + ' -> [Help 1]') == 1
assert count('[ERROR] Tests run: 2, Failures: 1, Errors: 1, Skipped: 0') == 1

def trace = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/trace.json'), 'UTF-8')
assert trace.requirements.collectEntries { [it.id, it.status] } == ['API-2001': 'proven', 'API-2002': 'uncovered',
        'APP-3001': 'proven', 'CORE-1001': 'failing', 'CORE-1002': 'failing', 'CORE-1003': 'uncovered']
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
assert sarif.runs[0].results*.ruleId == ['TRACE-FAILING', 'TRACE-FAILING']
