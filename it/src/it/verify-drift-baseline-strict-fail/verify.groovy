// The baseline knows TRACE-UNTESTED APP-3001, so it is only counted; TRACE-COVERAGE is new and fails, and with
// spec.baseline.strict the entry for APP-3009, which no longer occurs, fails too, at its line in the baseline.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def header = lines.findIndexOf {
    it == '[INFO] --- spec-maven-plugin:VERSION:verify-drift (spec-default-verify-drift) @ drift-reactor ---'
}
assert header >= 0 : 'verify-drift did not run at the top-level project'
def output = lines.drop(header + 1).takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
assert output == [
        '[ERROR] pom.xml: [TRACE-COVERAGE] test coverage of must requirements is 75.0% (3 of 4), below'
                + ' <minTestCoverage><must>1.0</must></minTestCoverage>. Cite more must requirements in tests;'
                + ' COMPLIANCE.md lists each requirement\'s status.',
        '[ERROR] spec-baseline.json:7: [BASELINE-STALE] TRACE-UNTESTED APP-3009 in .specs/30-app.md: no longer'
                + ' occurs, and the baseline is strict. Run mvn spec:baseline to remove what is fixed, so that the'
                + ' baseline only shrinks.',
        '[INFO] 1 known finding in spec-baseline.json, which only new findings fail.',
        '[INFO] 1 baselined finding is fixed; run mvn spec:baseline to remove it from spec-baseline.json.',
        '[INFO] Coverage: must 3/4 tested (75.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped'
                + ' (binary, too large or linking outside), 7 citations',
        '[INFO] 2 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
assert sarif.runs[0].results.collect { [it.ruleId, it.baselineState] } == [
        ['TRACE-UNTESTED', 'unchanged'],
        ['TRACE-COVERAGE', 'new'],
        ['BASELINE-STALE', 'new'],
]
