// Tests SPEC-PLUGIN-2020.
// The first build ran core's failing tests; the partial build -pl !core runs no core test, so core's old
// reports are not judged: no TRACE-FAILING, the build passes, and trace.json proves only what this build ran.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
assert new File(basedir, 'core/target/surefire-reports/TEST-demo.core.BoundedQueueTest.xml').isFile()
assert count('[INFO] BUILD SUCCESS') == 2
assert !lines.any { it.contains('[TRACE-FAILING]') }
assert count('[INFO] Test reports of this build: 0 errors, 0 warnings in 2 reports;'
        + ' SARIF report: target/spec/verify.sarif') == 1
def trace = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/trace.json'), 'UTF-8')
def status = trace.requirements.collectEntries { [it.id, it.status] }
assert status['API-2001'] == 'proven' && status['APP-3001'] == 'proven'
assert status['CORE-1001'] != 'failing' && status['CORE-1002'] != 'failing'
