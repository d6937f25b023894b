// Tests SPEC-PLUGIN-2020.
// verify-drift-end-fail with four threads: the modules finish in any order, and the reports are judged once,
// by whichever module reaches the gate last, with the same findings and the same trace.json.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
assert count('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4') == 1
assert count('[INFO] 0 errors, 0 warnings in 3 files; 4 generated files compared;'
        + ' SARIF report: target/spec/verify.sarif') == 1
assert count('[INFO] Test reports of this build: 2 errors, 0 warnings in 3 reports;'
        + ' SARIF report: target/spec/verify.sarif') == 1
assert lines.count { it.contains('[TRACE-FAILING] CORE-1001 (must)') } == 1
assert lines.count { it.contains('[TRACE-FAILING] CORE-1002 (must)') } == 1
assert lines.count { it.startsWith('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:'
        + 'verify-drift') && it.contains('found 2 errors and 0 warnings') } == 1
def trace = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/trace.json'), 'UTF-8')
assert trace.requirements.collectEntries { [it.id, it.status] } == ['API-2001': 'proven', 'API-2002': 'uncovered',
        'APP-3001': 'proven', 'CORE-1001': 'failing', 'CORE-1002': 'failing', 'CORE-1003': 'uncovered']
