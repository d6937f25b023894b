// Tests SPEC-CORE-1071.
// A cited requirement reworded after its code and tests were written: spec:extract writes the new statement and
// keeps the old one in a reviewed block (the first run); the gate then warns TRACE-SUSPECT at the definition,
// with the citing places as SARIF related locations, and fails because of spec.failOnWarning (the second run).
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

assert outputs('extract (default-cli)', 'drift-reactor') == [[
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] unchanged requirements/api.yaml',
        '[INFO] unchanged requirements/app.yaml',
        '[INFO] wrote requirements/core.yaml',
        '[INFO] 6 requirements (4 must, 1 should, 1 may, 0 info) from 3 spec files in 3 modules;'
                + ' 2 files written, 2 unchanged, 0 deleted',
]]
// The new statement, and the reviewed one with its fingerprint; nothing else changed.
assert new File(basedir, 'requirements/core.yaml').getText('UTF-8')
        == new File(basedir, 'expected/core.yaml').getText('UTF-8')

assert outputs('verify-drift (spec-default-verify-drift)', 'drift-reactor') == [[
        '[WARNING] .specs/10-core.md:5:4: [TRACE-SUSPECT] CORE-1001 changed since its 1 code and 1 test citation'
                + ' were reviewed: "The queue MUST reject an offer when it holds capacity items." → "The queue MUST'
                + ' reject an offer when it holds capacity items or is closed."; check the citing code and tests,'
                + ' then run mvn spec:review -Dspec.ids=CORE-1001.',
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned,'
                + ' 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 0 errors, 1 warning in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]]
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:verify-drift'
        + ' (spec-default-verify-drift) on project drift-reactor: spec:verify-drift found 0 errors and 1 warning'
        + ' (spec.failOnWarning is true). Fix the findings above in the specs, code or tests; each rule\'s severity'
        + ' can be changed in <rules>. -> [Help 1]') == 1

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results*.ruleId == ['TRACE-SUSPECT']
assert results[0].level == 'warning'
assert results[0].locations[0].physicalLocation.region == [startLine: 5, startColumn: 4]
assert results[0].relatedLocations.collect { [it.id, it.physicalLocation.artifactLocation.uri,
        it.physicalLocation.region.startLine, it.physicalLocation.region.startColumn, it.message.text] } == [
        [0, 'core/src/main/java/demo/core/BoundedQueue.java', 15, 51, 'Code cites CORE-1001.'],
        [1, 'core/src/test/java/demo/core/BoundedQueueTest.java', 13, 11, 'A test cites CORE-1001.'],
]
