// Tests SPEC-PLUGIN-2001.
// Tests SPEC-PLUGIN-2020.
// verify-drift-pass with two threads: the modules build in parallel after the top-level project, and each goal
// still does its work once, so every summary line appears once. Lines of parallel modules interleave, so only
// counts are asserted here; verify-drift-pass asserts where each line appears.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }

assert count('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 2') == 1
assert count('[INFO] 0 errors, 0 warnings in 3 files; SARIF report: target/spec/lint.sarif') == 1
assert count('[INFO] 0 errors, 0 warnings in 3 files; 1 link checked, 0 external links not checked;'
        + ' SARIF report: target/spec/links.sarif') == 1
assert count('[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
        + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 8 citations') == 1
assert count('[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared;'
        + ' SARIF report: target/spec/verify.sarif') == 1
assert lines.count { it.contains(' SARIF report: ') } == 4
assert lines.count { it.startsWith('[INFO] Coverage: ') } == 1
// This build's test reports are checked once, in whichever module reaches the gate last.
assert count('[INFO] Test reports of this build: 0 errors, 0 warnings in 3 reports;'
        + ' SARIF report: target/spec/verify.sarif') == 1
def trace = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/trace.json'), 'UTF-8')
assert trace.requirements.findAll { it.level == 'must' }*.status == ['proven'] * 4
// Each goal ran in all four projects (it is thread-safe, so Maven does not warn).
['drift-reactor', 'core', 'api', 'app'].each { project ->
    ['lint (spec-default)', 'check-links (spec-default-check-links)',
            'verify-drift (spec-default-verify-drift)'].each { goal ->
        assert count("[INFO] --- spec-maven-plugin:VERSION:${goal} @ ${project} ---".toString()) == 1
    }
}
['core', 'api', 'app'].each { assert !new File(basedir, "${it}/target/spec").exists() }

assert count('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') == 2
assert count('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') == 1
assert count('[INFO] BUILD SUCCESS') == 1
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
