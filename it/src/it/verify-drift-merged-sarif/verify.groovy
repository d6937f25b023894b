// The shared 3-module reactor, up to date, built with `mvn verify -Dspec.sarif.merge=true`: lint and
// check-links run at validate and write their reports; verify-drift, at the end of the reactor, writes
// spec.sarif with one run per goal, each with its own category, for one upload to code scanning. It also
// writes summary.md for a CI job summary, and the plugin jar tells Eclipse m2e to ignore every goal.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
assert lines.contains('[INFO] Test reports of this build: 0 errors, 0 warnings in 3 reports;'
        + ' SARIF report: target/spec/verify.sarif, merged: target/spec/spec.sarif')
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[WARNING]') && it.contains('.sarif') }

def slurp = { String path -> new groovy.json.JsonSlurper().parse(new File(basedir, path), 'UTF-8') }
def merged = slurp('target/spec/spec.sarif')
assert merged.version == '2.1.0'
assert merged.runs*.automationDetails*.id == ['spec/lint/', 'spec/links/', 'spec/verify/']
// Each run is the goal's own report, as uploaded alone.
assert merged.runs[0] == slurp('target/spec/lint.sarif').runs[0]
assert merged.runs[1] == slurp('target/spec/links.sarif').runs[0]
assert merged.runs[2] == slurp('target/spec/verify.sarif').runs[0]
def rule = merged.runs[0].tool.driver.rules.find { it.id == 'SPEC-LINE-LENGTH' }
assert rule.helpUri == 'https://github.com/spectrace/spec-maven-plugin/blob/main/src/site/markdown/rules.md#spec-line-length'
assert rule.fullDescription.text.startsWith('Default: warning. Reports a line of a spec that is longer than ')
assert rule.help.markdown.startsWith('Default: **warning**. Reports a line of a spec that is longer than\n')
assert rule.help.markdown.contains('\n**Fix:** ')

// The job summary: the verdict and the coverage per level; no finding, so no rule table and no errors.
assert new File(basedir, 'target/spec/summary.md').getText('UTF-8') == '''## Spec gate: passed, 0 errors, 0 warnings

| Level | Requirements | Tested | Implemented |
|---|---:|---:|---:|
| must | 4 | 4 (100.0%) | 4 (100.0%) |
| should | 1 | 0 (0.0%) | 0 (0.0%) |
| may | 1 | 0 (0.0%) | 0 (0.0%) |
'''

// m2e: the installed plugin's lifecycle mapping ignores every goal, so Eclipse never runs one on a save.
def version = log.find(/spec-maven-plugin:([^:\s]+):verify-drift/) { m, v -> v }
def jar = new File(basedir, "../../local-repo/io/github/spectrace/spec-maven-plugin/${version}/spec-maven-plugin-${version}.jar")
assert jar.isFile() : "no ${jar}"
def zip = new java.util.zip.ZipFile(jar)
try {
    def entry = zip.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
    assert entry != null
    def xml = new groovy.xml.XmlSlurper().parse(zip.getInputStream(entry))
    def executions = xml.pluginExecutions.pluginExecution
    assert executions.size() == 1
    assert executions[0].pluginExecutionFilter.goals.goal*.text().sort() == ['baseline', 'check-links', 'diff',
            'extract', 'init', 'lint', 'report', 'review', 'verify-drift']
    assert executions[0].action.ignore.size() == 1
    assert executions[0].action.execute.size() == 0
    // Every goal of the plugin is mapped.
    def descriptor = new groovy.xml.XmlSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')))
    def goals = descriptor.mojos.mojo.goal*.text().findAll { it != 'help' }.sort()
    assert goals == executions[0].pluginExecutionFilter.goals.goal*.text().sort()
} finally {
    zip.close()
}
return true
