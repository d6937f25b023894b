// spec:baseline writes every finding of the gates into spec-baseline.json, sorted, one entry per line; the gate
// of the same build then reports them as a count at INFO and passes, and SARIF marks them unchanged.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def section = { String header ->
    int at = lines.findIndexOf { it == header }
    assert at >= 0 : "${header} not in the log"
    lines.drop(at + 1).takeWhile { !it.startsWith('[INFO] ---') }
            .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
}
assert section('[INFO] --- spec-maven-plugin:VERSION:baseline (default-cli) @ drift-reactor ---') == [
        '[INFO] wrote spec-baseline.json: 2 known findings in 2 entries (2 added, 0 removed).',
]
assert section('[INFO] --- spec-maven-plugin:VERSION:verify-drift (spec-default-verify-drift) @ drift-reactor ---') == [
        '[INFO] 2 known findings in spec-baseline.json, which only new findings fail.',
        '[INFO] Coverage: must 3/4 tested (75.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped'
                + ' (binary, too large or linking outside), 7 citations',
        '[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert lines.contains('[INFO] BUILD SUCCESS')

assert new File(basedir, 'spec-baseline.json').getText('UTF-8') == '''{
  "generator": "spec-maven-plugin baseline",
  "comment": "Known findings, which the gate reports as a count; new ones fail the build. Remove fixed ones with mvn spec:baseline.",
  "version": 1,
  "findings": [
    {"rule": "TRACE-UNTESTED", "file": ".specs/30-app.md", "subject": "APP-3001", "count": 1},
    {"rule": "TRACE-COVERAGE", "file": "pom.xml", "subject": "test must", "count": 1}
  ]
}
'''

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def run = sarif.runs[0]
assert run.results.collect { [it.ruleId, it.level, it.baselineState] } == [
        ['TRACE-UNTESTED', 'error', 'unchanged'],
        ['TRACE-COVERAGE', 'error', 'unchanged'],
]
assert run.tool.driver.rules*.id.contains('BASELINE-STALE')
