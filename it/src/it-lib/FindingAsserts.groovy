// Shared by the ITs that fail on findings (a MojoFailureException) or on a bad rule. Bound variables:
// 'basedir'; 'expected', the log lines that must appear exactly once and in this order (the plugin version
// written as VERSION); 'helpKind', the exception named by Maven's [Help 1] link; optionally 'sarifFile' and
// 'sarifResults', the [ruleId, level, uri, line, column] rows the SARIF report must hold. Returns the log lines.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }

// Each line appears exactly once and in this order: one line per finding, sorted, then the summary and the failure.
assert lines.findAll { line -> expected.contains(line) } == expected
assert lines.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/' + helpKind)

if (binding.hasVariable('sarifFile')) {
    // The SARIF report holds the same findings, with rule metadata and locations relative to the project.
    def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, sarifFile), 'UTF-8')
    assert sarif.version == '2.1.0'
    def run = sarif.runs[0]
    assert run.tool.driver.name == 'spec-maven-plugin'
    def ruleIds = run.tool.driver.rules*.id
    assert ruleIds == ruleIds.toSorted()
    def results = run.results.collect { r ->
        def loc = r.locations[0].physicalLocation
        assert loc.artifactLocation.uriBaseId == '%SRCROOT%'
        assert ruleIds[r.ruleIndex] == r.ruleId
        [r.ruleId, r.level, loc.artifactLocation.uri, loc.region?.startLine, loc.region?.startColumn]
    }
    assert results == sarifResults
}
return lines
