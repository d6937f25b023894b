// A spec was deleted without re-running spec:extract: its generated YAML is DRIFT-STALE, and COMPLIANCE.md,
// which still lists its module, is DRIFT-CHANGED. The failure names the command that fixes both.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
def header = lines.findIndexOf {
    it == '[INFO] --- spec-maven-plugin:VERSION:verify-drift (spec-default-verify-drift) @ drift-reactor ---'
}
assert header >= 0 : 'verify-drift did not run at the top-level project'
def output = lines.drop(header + 1).takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
def diff = [
        '[ERROR] --- COMPLIANCE.md (committed)',
        '[ERROR] +++ COMPLIANCE.md (from the specs)',
        '[ERROR] @@ -11,8 +11,7 @@',
        '[ERROR]  | [api](#api) | 2 | 1 | 0 | 1 | 0 | 50.0% | 50.0% |',
        '[ERROR]  | [app](#app) | 1 | 1 | 0 | 0 | 0 | 100.0% | 100.0% |',
        '[ERROR]  | [core](#core) | 3 | 2 | 1 | 0 | 0 | 66.7% | 66.7% |',
        '[ERROR] -| [legacy](#legacy) | 1 | 0 | 1 | 0 | 0 | 0.0% | 0.0% |',
        '[ERROR] -| **Total** | 7 | 4 | 2 | 1 | 0 | 57.1% | 57.1% |',
        '[ERROR] +| **Total** | 6 | 4 | 1 | 1 | 0 | 66.7% | 66.7% |',
        '[ERROR]  ',
        '[ERROR]  ## api',
        '[ERROR]  ',
        '[ERROR] @@ -54,15 +53,3 @@',
        '[ERROR]  | [CORE-1001](.specs/10-core.md#queue) | must | The queue MUST reject an offer when it holds capacity items. | Queue | 1 | 1 | covered |',
        '[ERROR]  | [CORE-1002](.specs/10-core.md#queue) | must | The queue MUST hand out items in the order they were offered. | Queue | 1 | 1 | covered |',
        '[ERROR]  | [CORE-1003](.specs/10-core.md#queue) | should | The capacity SHOULD be configurable. | Queue | 0 | 0 | uncovered |',
        '[ERROR] -',
        '[ERROR] -## legacy',
        '[ERROR] -',
        '[ERROR] -Sources: [.specs/40-legacy.md](.specs/40-legacy.md)',
        '[ERROR] -',
        '[ERROR] -| Level | Requirements | Implemented | Tested |',
        '[ERROR] -|---|---:|---:|---:|',
        '[ERROR] -| should | 1 | 0 (0.0%) | 0 (0.0%) |',
        '[ERROR] -',
        '[ERROR] -| ID | Level | Title | Section | Code | Tests | Status |',
        '[ERROR] -|---|---|---|---|---:|---:|---|',
        '[ERROR] -| [LEG-4001](.specs/40-legacy.md#formats) | should | The importer SHOULD accept CSV files. | Formats | 0 | 0 | uncovered |',
]
assert output == ['[ERROR] COMPLIANCE.md:14: [DRIFT-CHANGED] differs from what the specs produce:'] + diff + [
        '[ERROR] requirements/legacy.yaml: [DRIFT-STALE] was generated earlier, but no spec maps to this module any'
                + ' more.',
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); should 0/1 tested (0.0%),'
                + ' 0/1 implemented (0.0%); may 0/1 tested (0.0%), 0/1 implemented (0.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 2 errors, 0 warnings in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:verify-drift'
        + ' (spec-default-verify-drift) on project drift-reactor: spec:verify-drift found 2 errors and 0 warnings.'
        + ' Run \'mvn spec:extract\' and commit the result; fix the other findings in the specs, code or tests.'
        + ' -> [Help 1]') == 1
assert count('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 1
assert !lines.any { it.startsWith('[INFO] Tests run:') }
// The gate writes nothing: the stale file is still there.
assert new File(basedir, 'requirements').list().sort() == ['api.yaml', 'app.yaml', 'core.yaml', 'legacy.yaml']

// The job summary for CI has the verdict, the counts per rule and the errors, without the diff.
def summary = new File(basedir, 'target/spec/summary.md').getText('UTF-8')
assert summary.startsWith('## Spec gate: failed, 2 errors, 0 warnings\n')
assert summary.contains('| DRIFT-CHANGED | 1 | 0 |\n| DRIFT-STALE | 1 | 0 |\n')
assert summary.contains('- `COMPLIANCE.md:14` DRIFT-CHANGED: differs from what the specs produce: (the diff is in the build log)\n')

// The SARIF report holds the same findings; the diff is part of the DRIFT-CHANGED message.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/verify.sarif'), 'UTF-8')
def run = sarif.runs[0]
def ruleIds = run.tool.driver.rules*.id
assert ruleIds == ruleIds.toSorted()
def results = run.results.collect { r ->
    def loc = r.locations[0].physicalLocation
    assert loc.artifactLocation.uriBaseId == '%SRCROOT%'
    assert ruleIds[r.ruleIndex] == r.ruleId
    [r.ruleId, r.level, loc.artifactLocation.uri, loc.region?.startLine, loc.region?.startColumn, r.message.text]
}
assert results == [
        ['DRIFT-CHANGED', 'error', 'COMPLIANCE.md', 14, null,
                (['The file COMPLIANCE.md differs from what the specs produce:'] + diff.collect { it.substring('[ERROR] '.length()) }).join('\n')],
        ['DRIFT-STALE', 'error', 'requirements/legacy.yaml', 1, null,
                'The file requirements/legacy.yaml was generated earlier, but no spec maps to this module any more.'],
]
