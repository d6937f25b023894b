// Tests SPEC-PLUGIN-2005.
// The bundled example, built with `mvn verify spec:report` on the Maven named by expectedMavenVersion (set by the
// maven-versions profile in it/pom.xml, which downloaded it from Maven Central). The gate and the report ran and
// passed as on Maven 3.8.7, and neither plugin validation nor anything else warned about this plugin.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
assert lines[0].startsWith("Apache Maven ${expectedMavenVersion} (") : "not run on Maven ${expectedMavenVersion}: ${lines[0]}"
def maven4 = expectedMavenVersion.startsWith('4.')

// Goal headers name the plugin by its prefix since Maven 3.9; the plugin version is not part of what is tested.
lines = lines.collect { it.replaceAll(/^\[INFO\] --- (spec|spec-maven-plugin):[^:]+:/, '[INFO] --- spec:VERSION:') }
// Maven 4 copies each project's artifacts to its project local repository after the project's last goal.
def projectLocal = ~/\[INFO\] Copying \S+ to project local repository/
// The resolver's notes on a fresh local repository, which Maven 4 logs before the next project's header.
def resolver = ~/\[INFO\] Artifact \S+ is present in the local repository, but cached from a remote repository ID .*/
def count = { String line -> lines.count { it == line } }
// What a goal logged in one project: the lines after its header, up to the next '[INFO] ---' line.
def output = { String goalAndExecution, String project ->
    def header = "[INFO] --- spec:VERSION:${goalAndExecution} @ ${project} ---".toString()
    def at = lines.findIndexValues { it == header }
    assert at.size() == 1 : "${goalAndExecution} should run once in ${project}"
    lines.drop((int) at[0] + 1).takeWhile { !it.startsWith('[INFO] ---') && !it.startsWith('[WARNING]') }
            .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') && !(maven4 && it ==~ projectLocal)
                    && !(it ==~ resolver) }
}

// The gate ran and checked the example: the same lines as in the extract-examples IT on Maven 3.8.7.
def lint = '[INFO] 0 errors, 0 warnings in 5 files; SARIF report: target/spec/lint.sarif'
def links = '[INFO] 0 errors, 0 warnings in 5 files; 3 links checked, 0 external links not checked;' +
        ' SARIF report: target/spec/links.sarif'
def coverage = '[INFO] Coverage: must 7/7 tested (100.0%), 7/7 implemented (100.0%); should 0/4 tested (0.0%),' +
        ' 0/4 implemented (0.0%); may 0/3 tested (0.0%), 0/3 implemented (0.0%); 8 files scanned, 0 skipped' +
        ' (binary, too large or linking outside), 14 citations'
def gate = '[INFO] 0 errors, 0 warnings in 5 files; 5 generated files compared; SARIF report: target/spec/verify.sarif'
def results = '[INFO] Test reports of this build: 0 errors, 0 warnings in 3 reports;' +
        ' SARIF report: target/spec/verify.sarif'
assert output('lint (spec-default)', 'orchestrator') == [lint]
assert output('check-links (spec-default-check-links)', 'orchestrator') == [links]
assert output('verify-drift (spec-default-verify-drift)', 'orchestrator') == [coverage, gate]
['orchestrator-core', 'orchestratord', 'contracts-config-schema'].each { module ->
    assert output('lint (spec-default)', module) == []
    assert output('check-links (spec-default-check-links)', module) == []
    assert output('verify-drift (spec-default-verify-drift)', module) ==
            (module == 'contracts-config-schema' ? [results] : [])
}
[lint, links, coverage, gate, results].each { assert count(it) == 1 }
assert count('[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') == 1
assert count('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') == 1
assert count('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') == 1

// spec:report ran once, at the top-level project, after the last module's tests, and read their three reports.
def report = lines.findIndexValues { it == '[INFO] --- spec:VERSION:report (default-cli) @ orchestrator ---' }
assert report.size() == 1 && report[0] > lines.indexOf(results) : 'the report did not run once, after the gate'
assert lines[(int) report[0] + 1] == '[INFO] Spec Compliance report: target/reports/spec-compliance.html'
def html = new File(basedir, 'target/reports/spec-compliance.html').getText('UTF-8')
assert (html =~ /(\d+) test report files were read: those on disk/).collect { it[1] } == ['3']
assert count('[INFO] BUILD SUCCESS') == 1

// Verbose plugin validation ran and reported one plugin: the maven-clean-plugin 2.5 of invoker.properties, never
// this one. Maven 3.9 and 4 print the same report (verbose adds INTERNAL to the header).
def start = lines.findIndexValues { it.startsWith('[WARNING] Plugin ') && it.contains(' validation issues were detected') }
assert start.size() == 1 : 'expected one plugin validation report'
assert lines[(int) start[0]] ==
        '[WARNING] Plugin [INTERNAL, EXTERNAL] validation issues were detected in following plugin(s)'
def end = lines.findIndexOf((int) start[0]) { it.startsWith("[WARNING] For more or less details, use 'maven.plugin.validation'") }
assert end > start[0]
// The report starts and ends with an empty warning line.
assert lines[(int) start[0] - 1] == '[WARNING] ' && lines[end + 1] == '[WARNING] '
def validation = lines.subList((int) start[0], end + 1)
assert validation.findAll { it ==~ /\[WARNING\]  \* \S+/ } == ['[WARNING]  * org.apache.maven.plugins:maven-clean-plugin:2.5']
assert validation.findAll { it ==~ /\[WARNING\] +\* .*/ } == ['[WARNING]  * org.apache.maven.plugins:maven-clean-plugin:2.5',
        '[WARNING]    * Plugin is a Maven 2.x plugin, which will be not supported in Maven 4.x']

// Nothing else warned or failed, apart from two known Maven 4 messages that are not about this plugin: the
// resolver's probe for a repository's prefix file, which depends on the network, and the consumer POM attached
// again when a build has several task segments (apache/maven#12774, fixed after 4.0.0-rc-5).
def known = maven4 ? [~/\[WARNING\] Could not transfer metadata \/\.meta\/prefixes\.txt from\/to \S+ \(\S+\): .*/,
        ~/\[WARNING\] artifact 'io\.github\.spectrace\.examples:[\w-]+:pom:consumer:1\.0\.0-SNAPSHOT' already attached, replacing previous instance/] : []
def others = lines.withIndex().findAll { line, i -> (i < start[0] - 1 || i > end + 1)
        && (line.startsWith('[WARNING]') || line.startsWith('[ERROR]')) && !known.any { line ==~ it } }*.get(0)
assert others == []
assert !lines.any { (it.startsWith('[WARNING]') || it.startsWith('[ERROR]')) && it =~ /spec-maven-plugin|io\.github\.spectrace:/ }
