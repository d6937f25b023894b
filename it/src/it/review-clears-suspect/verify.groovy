// Tests SPEC-CORE-1072.
// After a cited requirement was reworded and spec:extract kept the old statement (the first run), spec:review
// with a mistyped ID fails and suggests the right one (the second); with the right ID it drops the reviewed
// block (the third), and the gate passes without a warning (the fourth). A review of all then finds nothing
// suspect (the fifth), and a review without IDs says how to name them (the sixth).
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
// What each run of a goal logged in one project: the lines after its header, up to the next '[INFO] ---' line.
def outputs = { String goalAndExecution, String project ->
    def header = "[INFO] --- spec-maven-plugin:VERSION:${goalAndExecution} @ ${project} ---".toString()
    lines.findIndexValues { it == header }.collect { i ->
        lines.drop((int) i + 1).takeWhile { !it.startsWith('[INFO] ---') && !it.startsWith('[INFO] BUILD') }
                .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') && !it.startsWith('[INFO] ----') }
    }
}

def reviews = outputs('review (default-cli)', 'drift-reactor')
assert reviews.size() == 4
assert reviews[0] == []
def failed = '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:review (default-cli) on' +
        ' project drift-reactor: '
assert count(failed + 'Cannot review CORE-1010 (did you mean CORE-1001?): no spec defines it. Name IDs that the'
        + ' specs define, or all. -> [Help 1]') == 1
assert reviews[1] == [
        '[INFO] reviewed CORE-1001 (1 code, 1 test citation)',
        '[INFO] wrote requirements/core.yaml',
        '[INFO] 1 requirement reviewed; 1 file written, 3 unchanged; commit the written files',
]
// The entry is as spec:extract writes an unchanged requirement: the new statement, and no reviewed block.
assert new File(basedir, 'requirements/core.yaml').getText('UTF-8')
        == new File(basedir, 'expected/core.yaml').getText('UTF-8')

assert outputs('verify-drift (spec-default-verify-drift)', 'drift-reactor') == [[
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned,'
                + ' 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]]

assert reviews[2] == [
        '[INFO] Nothing to review: no requested requirement changed since its citations were reviewed.',
        '[INFO] 0 requirements reviewed; 0 files written, 4 unchanged',
]
assert reviews[3] == []
assert count(failed + 'spec:review needs the IDs whose citations you reviewed: run mvn spec:review'
        + ' -Dspec.ids=OC-CORE-1001,OC-CORE-1002, or -Dspec.ids=all for every suspect requirement that'
        + ' spec:verify-drift reports as TRACE-SUSPECT. -> [Help 1]') == 1
assert count('[INFO] BUILD FAILURE') == 2
assert count('[INFO] BUILD SUCCESS') == 4
assert !lines.any { it.startsWith('[WARNING]') }
