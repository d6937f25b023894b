// The shared 3-module reactor with its committed requirements/*.yaml and COMPLIANCE.md up to date, built with
// `mvn verify` and the plugin declared with <extensions>true</extensions> and no <executions>: lint and
// check-links run at validate, the tests run, and verify-drift passes at verify. Each goal runs in all four
// projects but works once, at the top-level project, except that verify-drift checks this build's test
// reports in the last project to reach it, after every module's tests.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
def executions = ['lint': 'spec-default', 'check-links': 'spec-default-check-links',
        'verify-drift': 'spec-default-verify-drift']
// What a goal logged in one project: the lines after its header, up to the next '[INFO] ---' line.
def output = { String goal, String project ->
    def header = "[INFO] --- spec-maven-plugin:VERSION:${goal} (${executions[goal]}) @ ${project} ---".toString()
    def at = lines.findIndexValues { it == header }
    assert at.size() == 1 : "${goal} should run once in ${project}"
    lines.drop((int) at[0] + 1).takeWhile { !it.startsWith('[INFO] ---') }
            .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
}

assert output('lint', 'drift-reactor') == [
        '[INFO] 0 errors, 0 warnings in 3 files; SARIF report: target/spec/lint.sarif',
]
assert output('check-links', 'drift-reactor') == [
        '[INFO] 0 errors, 0 warnings in 3 files; 1 link checked, 0 external links not checked;'
                + ' SARIF report: target/spec/links.sarif',
]
assert output('verify-drift', 'drift-reactor') == [
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
['core', 'api', 'app'].each { module ->
    executions.keySet().each { goal ->
        assert output(goal, module) == (goal == 'verify-drift' && module == 'app'
                ? ['[INFO] Test reports of this build: 0 errors, 0 warnings in 3 reports;'
                        + ' SARIF report: target/spec/verify.sarif'] : []) : "${goal} in ${module}"
    }
    assert !new File(basedir, "${module}/target/spec").exists()
}
assert lines.count { it.contains(' SARIF report: ') } == 4

// One mvn verify judges this build's tests: trace.json, written after them, has every MUST requirement proven
// by a test that passed in this build (the project was cloned without any report).
def trace = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/trace.json'), 'UTF-8')
assert trace.requirements.findAll { it.level == 'must' }.collect { [it.id, it.status] } == [
        ['API-2001', 'proven'], ['APP-3001', 'proven'], ['CORE-1001', 'proven'], ['CORE-1002', 'proven']]

// The tests ran in every module (after the gate, which works with the top-level project, built first), and
// the build passed without a warning.
assert count('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') == 2
assert count('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') == 1
['core/target/surefire-reports/TEST-demo.core.BoundedQueueTest.xml',
        'api/target/surefire-reports/TEST-demo.api.GreeterTest.xml',
        'app/target/surefire-reports/TEST-demo.app.AppTest.xml'].each { assert new File(basedir, it).isFile() }
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }

// verify-drift writes nothing but its report: the committed files are as they were before the build (invoker
// cloned this directory from it-projects/).
def committed = new File(basedir, '../../it-projects/verify-drift-pass')
assert new File(committed, 'pom.xml').isFile()
['COMPLIANCE.md', 'requirements/api.yaml', 'requirements/app.yaml', 'requirements/core.yaml'].each { path ->
    assert Arrays.equals(new File(basedir, path).bytes, new File(committed, path).bytes) : "${path} changed"
}
assert new File(basedir, 'requirements').list().sort() == ['api.yaml', 'app.yaml', 'core.yaml']

// lint and check-links already ran at validate, so verify-drift did not run them again: its SARIF report has
// only its own rules, and no results.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def run = sarif.runs[0]
assert run.tool.driver.name == 'spec-maven-plugin'
assert run.tool.driver.rules*.id == ['DRIFT-CHANGED', 'DRIFT-LEFTOVER', 'DRIFT-MISSING', 'DRIFT-STALE', 'RESULTS-MALFORMED', 'SPEC-MANIFEST-INVALID', 'SPEC-MODULE-AMBIGUOUS', 'SPEC-NONE-FOUND', 'TRACE-COVERAGE',
        'TRACE-DANGLING', 'TRACE-FAILING', 'TRACE-FILE-SKIPPED', 'TRACE-NOTHING-SCANNED', 'TRACE-SUSPECT', 'TRACE-UNIMPLEMENTED', 'TRACE-UNIMPLEMENTED-MAY', 'TRACE-UNIMPLEMENTED-SHOULD',
        'TRACE-UNPROVEN', 'TRACE-UNTESTED', 'TRACE-UNTESTED-MAY', 'TRACE-UNTESTED-SHOULD']
assert run.results == []
