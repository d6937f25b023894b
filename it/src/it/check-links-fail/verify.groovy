// Broken file, anchor and line links, each with a suggestion where one is close. The external link and the
// link inside a code span are not checked.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def expected = [
        '[ERROR] .specs/10-core.md:6:33: [LINK-FILE-MISSING] no file or directory docs/desing.md (link \'../docs/desing.md\'). Did you mean docs/design.md?',
        '[ERROR] .specs/10-core.md:7:33: [LINK-ANCHOR-MISSING] no heading #queue-admission in docs/design.md; did you mean #1-queue--admission?',
        '[ERROR] .specs/10-core.md:8:33: [LINK-ANCHOR-MISSING] no heading #link in this file; did you mean #links?',
        '[ERROR] .specs/10-core.md:9:33: [LINK-LINE-MISSING] #L2-L9 is outside src/Main.java, which has 2 lines. Update the line numbers.',
        '[INFO] 4 errors, 0 warnings in 1 file; 5 links checked, 1 external link not checked; SARIF report: target/spec/links.sarif',
        '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:check-links (default-cli) on project links: spec:check-links found 4 errors and 0 warnings. Fix the links above; paths are relative to the file that holds them. -> [Help 1]',
]
// Each line appears exactly once and in this order: one line per finding, sorted, then the summary and the failure.
assert lines.findAll { line -> expected.contains(line) } == expected
assert lines.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

// The SARIF report holds the same findings, with rule metadata and locations relative to the project.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/links.sarif'), 'UTF-8')
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
        ['LINK-FILE-MISSING', 'error', '.specs/10-core.md', 6, 33],
        ['LINK-ANCHOR-MISSING', 'error', '.specs/10-core.md', 7, 33],
        ['LINK-ANCHOR-MISSING', 'error', '.specs/10-core.md', 8, 33],
        ['LINK-LINE-MISSING', 'error', '.specs/10-core.md', 9, 33],
]
