// Tests SPEC-CORE-1025.
// complianceCounts false: spec:extract writes a COMPLIANCE.md with only what the specs say (no Code, Tests or Status
// column, no Implemented or Tested share), so the test this IT adds changes no committed file; the YAML files are
// the same in both modes. verify-drift compares with the same mode and passes, and its coverage counts the new test.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def output = { String goal ->
    def header = "[INFO] --- spec-maven-plugin:VERSION:${goal} (default-cli) @ drift-reactor ---".toString()
    def at = lines.findIndexValues { it == header }
    assert at.size() == 1 : "${goal} should run once"
    lines.drop((int) at[0] + 1).takeWhile { !it.startsWith('[INFO] ---') }
            .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
}

assert output('extract') == [
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] unchanged requirements/api.yaml',
        '[INFO] unchanged requirements/app.yaml',
        '[INFO] unchanged requirements/core.yaml',
        '[INFO] 6 requirements (4 must, 1 should, 1 may, 0 info) from 3 spec files in 3 modules; 1 file written,'
                + ' 3 unchanged, 0 deleted',
]
assert output('verify-drift') == [
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 1/1 tested (100.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped'
                + ' (binary, too large or linking outside), 9 citations',
        '[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }

assert Arrays.equals(new File(basedir, 'COMPLIANCE.md').bytes, new File(basedir, 'expected/COMPLIANCE.md').bytes) :
        new File(basedir, 'COMPLIANCE.md').getText('UTF-8')
def text = new File(basedir, 'COMPLIANCE.md').getText('UTF-8')
['Implemented', 'Tested', 'covered', '| Code |'].each { assert !text.contains(it) : it }
def committed = new File(basedir, '../../it-projects/extract-no-counts')
for (String path : ['requirements/api.yaml', 'requirements/app.yaml', 'requirements/core.yaml']) {
    assert Arrays.equals(new File(basedir, path).bytes, new File(committed, path).bytes) : "${path} changed"
}
