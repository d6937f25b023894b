// Tests SPEC-PLUGIN-2020.
// mvn verify spec:report: the page is written once, at the top-level project, after the last module's tests and
// the gate's check of their reports, so it reads this build's three reports and shows every MUST proven.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def results = lines.findIndexOf { it.startsWith('[INFO] Test reports of this build: 0 errors, 0 warnings in 3 reports') }
def report = lines.findIndexOf { it == '[INFO] --- spec-maven-plugin:VERSION:report (default-cli) @ drift-reactor ---' }
assert results >= 0 && report > results : 'the report did not run after the last module'
assert lines[report + 1] == '[INFO] Spec Compliance report: target/reports/spec-compliance.html'
assert lines.count { it.startsWith('[INFO] --- spec-maven-plugin:VERSION:report') } == 1
def html = new File(basedir, 'target/reports/spec-compliance.html').getText('UTF-8')
assert (html =~ /(\d+) test report files were read: those on disk/).collect { it[1] } == ['3']
assert lines.contains('[INFO] BUILD SUCCESS')
