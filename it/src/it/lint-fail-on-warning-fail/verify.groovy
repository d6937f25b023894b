// Only a warning, but -Dspec.failOnWarning=true: the build fails and says why.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def expected = [
        '[WARNING] .specs/10-core.md:3:4: [SPEC-BUNDLED] OC-CORE-1001 mixes MUST-level and MAY-level keywords (MUST, MAY). Split it into one requirement per level.',
        '[INFO] 0 errors, 1 warning in 1 file; SARIF report: target/spec/lint.sarif',
        '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:lint (default-cli) on project fail-on-warning: spec:lint found 0 errors and 1 warning (spec.failOnWarning is true). Fix the findings above; each rule\'s severity can be changed in <rules>. -> [Help 1]',
]
// Each line appears exactly once and in this order: one line per finding, sorted, then the summary and the failure.
assert lines.findAll { line -> expected.contains(line) } == expected
assert lines.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

// The SARIF report holds the same findings, with rule metadata and locations relative to the project.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/lint.sarif'), 'UTF-8')
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
assert results == [
        ['SPEC-BUNDLED', 'warning', '.specs/10-core.md', 3, 4],
]
