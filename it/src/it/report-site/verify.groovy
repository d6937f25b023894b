// `mvn verify`, `mvn site` and `mvn spec:report` on a 2-module reactor. In core, CORE-1001's test passes, CORE-1002's
// fails (the build ignores it), and CORE-1003's only test is @Disabled, so with its code citation it stays
// covered. In app, APP-2001 is cited by code only (untested; TRACE-UNTESTED is a warning here) and APP-2002 by
// nothing, with a <script> element in its title. The "Spec Compliance" report is generated once, at the
// top-level project, from the Surefire reports of both modules; module sites have no copy.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:\s]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }

assert count('[INFO] BUILD SUCCESS') == 3
assert !lines.contains('[INFO] BUILD FAILURE')
// The failing test ran and its failure was ignored; the skipped one was skipped.
assert count('[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 1') == 1
assert count('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') == 1
['core/target/surefire-reports/TEST-demo.core.BoundedQueueTest.xml',
        'app/target/surefire-reports/TEST-demo.app.AppTest.xml'].each { assert new File(basedir, it).isFile() }

// verify-drift passed: the committed files are up to date and the untested MUST requirement is only a warning.
def header = lines.findIndexOf {
    it == '[INFO] --- spec-maven-plugin:VERSION:verify-drift (spec-default-verify-drift) @ report-site ---'
}
assert header >= 0 : 'verify-drift did not run at the top-level project'
assert lines.drop(header + 1).takeWhile { !it.startsWith('[INFO] ---') }.findAll { it != '[INFO] ' } == [
        '[WARNING] app/SPEC/SPEC.md:5:4: [TRACE-UNTESTED] APP-2001 (must) is not cited by any test. Cite it in a'
                + ' test that checks it, for example @Tag("APP-2001") or a comment, or change the rule\'s severity.',
        '[INFO] Coverage: must 3/4 tested (75.0%), 4/4 implemented (100.0%); may 0/1 tested (0.0%), 0/1'
                + ' implemented (0.0%); 4 files scanned, 0 skipped (binary, too large or linking outside), 7 citations',
        '[INFO] 0 errors, 1 warning in 2 files; 3 generated files compared; SARIF report: target/spec/verify.sarif',
]

// The build changed none of the committed files (invoker cloned this directory from it-projects/).
def committed = new File(basedir, '../../it-projects/report-site')
assert new File(committed, 'pom.xml').isFile()
['COMPLIANCE.md', 'requirements/app.yaml', 'requirements/core.yaml'].each { path ->
    assert Arrays.equals(new File(basedir, path).bytes, new File(committed, path).bytes) : "${path} changed"
}

// The report is generated once, at the top-level project; the modules skip it and their sites have no copy.
assert lines.count { it.startsWith('[INFO] Generating "Spec Compliance" report ') } == 1
assert count('[INFO] Skipping io.github.spectrace:spec-maven-plugin:VERSION:report report') == 2
['core', 'app'].each { module ->
    assert new File(basedir, "${module}/target/site").isDirectory() : "no site was rendered for ${module}"
    assert !new File(basedir, "${module}/target/site/spec-compliance.html").exists()
    assert !new File(basedir, "${module}/target/spec").exists()
}
assert new File(basedir, 'target/site/project-reports.html').getText('UTF-8')
        .contains('<a href="spec-compliance.html">Spec Compliance</a>') : 'Project Reports does not list the report'

def html = new File(basedir, 'target/site/spec-compliance.html').getText('UTF-8')
// The modules' test reports were read. Each module writes its own when its tests run; the report must see them
// although the top-level project, where it is generated, comes first in the reactor.
def read = (html =~ /(\d+) test report files were read: those on disk when the report ran\./).collect { it[1] }
assert read == ['2'] : "the report read ${read} test report files, not 2 (one per module)"

// The main page charts and lists the modules; each module's requirements are on a page of its own, rendered with
// the site's skin, with the filter (hidden until its script runs) and the script after the table.
def rows = (html =~ /(?s)<tr[^>]*>(.*?)<\/tr>/).collect { it[1] }
def cells = { String tr -> (tr =~ /(?s)<td>(.*?)<\/td>/).collect { it[1] } }
assert rows.collect(cells).findAll { it.size() == 8 } == [
        ['<a href="spec-compliance-app.html">app</a>', '2', '0', '0', '0', '1', '0', '1'],
        ['<a href="spec-compliance-core.html">core</a>', '3', '1', '1', '1', '0', '0', '0']]
assert html.contains('<a href="spec-compliance-core.html"><title>core: 1 proven, 1 failing, 1 covered, 0 untested,'
        + ' 0 unimplemented, 0 uncovered.</title><text x="0" y="65" fill="#0645ad">core</text><rect x="200" y="54" width="147"'
        + ' height="14" fill="#2e7d32"/><rect x="347" y="54" width="146" height="14" fill="#c62828"/><rect x="493"'
        + ' y="54" width="147" height="14" fill="#1565c0"/><text x="650" y="65">1 of 3 proven</text></a></svg>')
assert !html.contains('CORE-1001') && !html.contains('<script>(') : 'the requirements are on the module pages'
def pages = ['core', 'app'].collectEntries { module ->
    def page = new File(basedir, "target/site/spec-compliance-${module}.html").getText('UTF-8')
    assert page.contains("<title>Spec Compliance: ${module} \u2013 report-site</title>") : 'not rendered with the skin'
    assert page.contains('<a href="spec-compliance.html">Back to the summary of all modules</a>')
    // Without JavaScript, the form stays hidden and every row shows.
    assert page.indexOf('<form id="spec-filter" class="spec-filter" hidden>') > 0
    assert !(page =~ /<tr[^>]*hidden/)
    assert page.indexOf('<script>(function(){') > page.lastIndexOf('</table></div>')
    [module, page]
}
def moduleRows = pages.values().collectMany { page -> (page =~ /(?s)<tr[^>]*>(.*?)<\/tr>/).collect { it[1] } }

// One row per requirement: its cells, the badge and the test results with them. Without <scm><url>, the spec,
// code and test files are linked relative to target/site.
def row = { String id ->
    def found = moduleRows.findAll { it.contains("id=\"${id}\"") }
    assert found.size() == 1 : "one row for ${id}"
    cells(found[0])
}
def badge = { String status -> "<span class=\"spec-badge spec-${status}\">${status.toUpperCase()}</span>".toString() }
def link = { String path, int line -> "<a href=\"../../${path}\">${path}:${line}</a>".toString() }
def test = 'demo.core.BoundedQueueTest#'
def queue = 'core/src/main/java/demo/core/BoundedQueue.java'
def queueTest = 'core/src/test/java/demo/core/BoundedQueueTest.java'
def queueSpec = '<a href="../../core/SPEC/SPEC.md#queue">Queue</a>'
def appSpec = '<a href="../../app/SPEC/SPEC.md#command-line">Command line</a>'
assert row('core-1001') == ['<a id="core-1001">CORE-1001</a>', 'must',
        'The queue MUST reject an offer when it holds capacity items.', queueSpec, link(queue, 15),
        "${test}rejectsWhenFull (passed)<br />${link(queueTest, 14)}".toString(), badge('proven')]
assert row('core-1002') == ['<a id="core-1002">CORE-1002</a>', 'must',
        'The queue MUST hand out items in the order they were offered.', queueSpec, link(queue, 24),
        "${test}handsOutInOrder (failed)<br />${link(queueTest, 21)}".toString(), badge('failing')]
assert row('core-1003') == ['<a id="core-1003">CORE-1003</a>', 'must',
        'The queue MUST report how many items it holds.', queueSpec, link(queue, 29),
        "${test}reportsSize (skipped)<br />${link(queueTest, 33)}".toString(), badge('covered')]
assert row('app-2001') == ['<a id="app-2001">APP-2001</a>', 'must', 'The app MUST print its version on --version.',
        appSpec, link('app/src/main/java/demo/app/App.java', 11), '', badge('untested')]
// The title is text, escaped; no script element reaches the page.
assert row('app-2002') == ['<a id="app-2002">APP-2002</a>', 'may',
        'The usage text MAY quote &lt;script&gt;alert(1)&lt;/script&gt; verbatim.', appSpec, '', '',
        badge('uncovered')]
assert pages.app.contains('&lt;script&gt;alert(1)&lt;/script&gt;') : 'the title is not in the page, escaped'
assert !pages.app.toLowerCase().contains('<script>alert') : 'the title reached the page as a script element'

// The summary: one of the four MUST requirements is proven.
def levels = rows.collect(cells).findAll { it.size() == 5 }
assert levels*.getAt(0) == ['must', 'may']
assert levels[0][4].endsWith(' 1 of 4 (25.0%)')
assert levels[1][4].endsWith(' 0 of 1 (0.0%)')

// The findings: the untested MUST requirement, as a warning, and the one whose only test failed, as an error (the
// report shows this build's results; the gate at verify ran before the tests).
def findings = rows.collect(cells).findAll { it.size() == 4 }
assert findings == [['app/SPEC/SPEC.md:5:4', 'TRACE-UNTESTED', 'warning', 'APP-2001 (must) is not cited by any'
        + ' test. Cite it in a test that checks it, for example @Tag(&quot;APP-2001&quot;) or a comment, or change'
        + ' the rule\'s severity.'],
        ['core/SPEC/SPEC.md:6:4', 'TRACE-FAILING', 'warning', 'CORE-1002 (must) is cited only by failing tests in the'
        + ' test reports: demo.core.BoundedQueueTest.handsOutInOrder (failure). Fix the tests or the code; a build'
        + ' with -Dmaven.test.failure.ignore=true continues past failing tests, so the gate is where it fails.']]

// trace.json: the same statuses and test results, for tools.
def trace = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/trace.json'), 'UTF-8')
assert trace.schema_version == 1
assert trace.modules*.name == ['app', 'core']
def byId = trace.requirements.collectEntries { [it.id, it] }
assert byId.keySet() as List == ['APP-2001', 'APP-2002', 'CORE-1001', 'CORE-1002', 'CORE-1003']
assert byId.collectEntries { id, r -> [id, r.status] } == ['APP-2001': 'untested', 'APP-2002': 'uncovered',
        'CORE-1001': 'proven', 'CORE-1002': 'failing', 'CORE-1003': 'covered']
def cls = 'demo.core.BoundedQueueTest'
assert byId.collectEntries { id, r -> [id, r.tests.collect { [it['class'], it.method, it.result] }] } == [
        'APP-2001': [], 'APP-2002': [],
        'CORE-1001': [[cls, 'rejectsWhenFull', 'passed']],
        'CORE-1002': [[cls, 'handsOutInOrder', 'failed']],
        'CORE-1003': [[cls, 'reportsSize', 'skipped']]]
assert byId['APP-2002'].title == 'The usage text MAY quote <script>alert(1)</script> verbatim.'
assert byId['APP-2001'].code_references == [[path: 'app/src/main/java/demo/app/App.java', line: 11]]
assert byId['APP-2001'].test_references == []
assert trace.findings.collect { [it.path, it.line, it.column, it.rule, it.severity] } == [
        ['app/SPEC/SPEC.md', 5, 4, 'TRACE-UNTESTED', 'warning'], ['core/SPEC/SPEC.md', 6, 4, 'TRACE-FAILING', 'warning']]

// The third invocation, 'mvn spec:report': the same rows as self-contained pages, at the top-level project only.
assert count('[INFO] Spec Compliance report: target/reports/spec-compliance.html') == 1
['spec-compliance.html', 'spec-compliance-app.html', 'spec-compliance-core.html'].each { name ->
    def page = new File(basedir, "target/reports/${name}").getText('UTF-8')
    assert page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n')
    assert page.endsWith('</body>\n</html>\n')
}
assert new File(basedir, 'target/reports').list().sort() == ['spec-compliance-app.html', 'spec-compliance-core.html',
        'spec-compliance.html']
def page = new File(basedir, 'target/reports/spec-compliance-core.html').getText('UTF-8')
def pageRows = (page =~ /(?s)<tr[^>]*>(.*?)<\/tr>/).collect { cells(it[1]) }.findAll { it.size() == 7 }
assert pageRows.find { it[0] == '<a id="core-1001">CORE-1001</a>' } == row('core-1001').collect { it.replace('<br />', '<br>') }
assert pageRows.size() == 3
['core', 'app'].each { module -> assert !new File(basedir, "${module}/target/reports").exists() }

// With the 'browser' profile of it/pom.xml: the filter in headless Chromium.
if (binding.hasVariable('chromium') && chromium) {
    evaluate(new File(basedir, 'browser.groovy'))
}
return true
