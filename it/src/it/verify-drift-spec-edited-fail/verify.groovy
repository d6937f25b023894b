// Tests SPEC-PLUGIN-2012.
// A spec edited without re-running spec:extract: verify-drift reports each stale generated file as
// DRIFT-CHANGED at its first differing line, with a unified diff, and fails with the command that fixes it.
// After that command (the second run), verify passes again (the third run).
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
// What each run of a goal logged in one project: the lines after its header, up to the next '[INFO] ---' line.
def outputs = { String goalAndExecution, String project ->
    def header = "[INFO] --- spec-maven-plugin:VERSION:${goalAndExecution} @ ${project} ---".toString()
    lines.findIndexValues { it == header }.collect { i ->
        lines.drop((int) i + 1).takeWhile { !it.startsWith('[INFO] ---') }
                .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
    }
}
def coverage = '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),' +
        ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 8 citations'

def gate = outputs('verify-drift (spec-default-verify-drift)', 'drift-reactor')
assert gate.size() == 2
// The first run: one finding per file, sorted by path, each followed by its diff.
assert gate[0] == [
        '[ERROR] COMPLIANCE.md:55: [DRIFT-CHANGED] differs from what the specs produce:',
        '[ERROR] --- COMPLIANCE.md (committed)',
        '[ERROR] +++ COMPLIANCE.md (from the specs)',
        '[ERROR] @@ -52,4 +52,4 @@',
        '[ERROR]  |---|---|---|---|---:|---:|---|',
        '[ERROR]  | [CORE-1001](.specs/10-core.md#queue) | must | The queue MUST reject an offer when it holds capacity items. | Queue | 1 | 1 | covered |',
        '[ERROR]  | [CORE-1002](.specs/10-core.md#queue) | must | The queue MUST hand out items in the order they were offered. | Queue | 1 | 1 | covered |',
        '[ERROR] -| [CORE-1003](.specs/10-core.md#queue) | should | The capacity SHOULD be configurable. | Queue | 0 | 0 | uncovered |',
        '[ERROR] +| [CORE-1003](.specs/10-core.md#queue) | should | The capacity SHOULD be configurable per queue. | Queue | 0 | 0 | uncovered |',
        '[ERROR] requirements/core.yaml:28: [DRIFT-CHANGED] differs from what the specs produce:',
        '[ERROR] --- requirements/core.yaml (committed)',
        '[ERROR] +++ requirements/core.yaml (from the specs)',
        '[ERROR] @@ -25,7 +25,7 @@',
        '[ERROR]      refs: []',
        '[ERROR]      xrefs: []',
        '[ERROR]    CORE-1003:',
        '[ERROR] -    title: The capacity SHOULD be configurable.',
        '[ERROR] +    title: The capacity SHOULD be configurable per queue.',
        '[ERROR]      level: should',
        '[ERROR]      keywords:',
        '[ERROR]        - SHOULD',
        coverage,
        '[INFO] 2 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:verify-drift'
        + ' (spec-default-verify-drift) on project drift-reactor: spec:verify-drift found 2 errors and 0 warnings.'
        + ' Run \'mvn spec:extract\' and commit the result; fix the other findings in the specs, code or tests.'
        + ' -> [Help 1]') == 1
assert count('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 1

// The second run regenerates exactly the two files the gate named.
assert outputs('extract (default-cli)', 'drift-reactor') == [[
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] unchanged requirements/api.yaml',
        '[INFO] unchanged requirements/app.yaml',
        '[INFO] wrote requirements/core.yaml',
        '[INFO] 6 requirements (4 must, 1 should, 1 may, 0 info) from 3 spec files in 3 modules;'
                + ' 2 files written, 2 unchanged, 0 deleted',
]]
assert new File(basedir, 'requirements/core.yaml').getText('UTF-8')
        .contains('  CORE-1003:\n    title: The capacity SHOULD be configurable per queue.\n')

// The third run passes the gate, then builds and tests the modules, which the first run never reached.
assert gate[1] == [
        coverage,
        '[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert count('[INFO] BUILD FAILURE') == 1
assert count('[INFO] BUILD SUCCESS') == 2
assert count('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') == 2
assert count('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') == 1
// The first run's SARIF report (two DRIFT-CHANGED results) was replaced by the third run's; the DRIFT-CHANGED
// result itself is checked by verify-drift-stale-fail.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
assert sarif.runs[0].tool.driver.rules*.id.containsAll(['DRIFT-CHANGED', 'DRIFT-MISSING', 'DRIFT-STALE'])
assert sarif.runs[0].results == []
