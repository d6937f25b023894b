// Tests SPEC-PLUGIN-2001 (once per reactor, thread-safe) and SPEC-PLUGIN-2002 (-pl).
// A 3-module reactor built twice with -T 2: the first run writes each file exactly once, at the top level; the
// second run writes nothing. build.log holds both runs.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
def count = { String line -> lines.count { it == line } }

assert count('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 2') == 2
// The goal ran in every project of both -T 2 runs, and only in cli for the -pl run; it is declared thread-safe
// (Maven warns otherwise).
['multi', 'core-lib', 'api-server'].each { project ->
    assert lines.count { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(" @ ${project} ---") } == 2
}
assert lines.count { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(" @ cli ---") } == 3
assert !log.contains('not marked as @threadSafe')

def files = ['COMPLIANCE.md', 'requirements/api-server.yaml', 'requirements/cli.yaml',
        'requirements/core-lib.yaml', 'requirements/overview.yaml']
files.each { path ->
    assert count("[INFO] wrote ${path}") == 1 : "${path} should be written exactly once"
    assert count("[INFO] unchanged ${path}") == 2 : "${path} should be unchanged in the second and -pl runs"
    assert new File(basedir, path).isFile()
}
assert lines.count { it.startsWith('[INFO] wrote ') } == files.size()
def summary = '[INFO] 7 requirements (4 must, 2 should, 1 may, 0 info) from 6 spec files in 4 modules; '
assert count(summary + '5 files written, 0 unchanged, 0 deleted') == 1
assert count(summary + '0 files written, 5 unchanged, 0 deleted') == 2
assert lines.count { it.contains(' requirements (') && it.contains(' files written, ') } == 3

// Duplicate IDs are a warning, reported once per run, not once per module.
assert count('[WARNING] .specs/20-api-server.md:6:4: [SPEC-ID-DUPLICATE] CORE-1002 is also defined at'
        + ' .specs/10-core.md:6:4; extract keeps the first definition. Give one of them a new ID.') == 3
assert !log.contains('SPEC-MAPPING-UNUSED')

// Nothing is written inside the modules.
['core', 'api', 'cli'].each { dir ->
    assert !new File(basedir, "${dir}/requirements").exists()
    assert !new File(basedir, "${dir}/COMPLIANCE.md").exists()
}

// Each mapping rule: directory name (core/ is core-lib), artifactId plus the module's own SPEC.md, explicit
// <mapping> plus a spec under the module's own .specs/, and a plain name for a spec no module claims.
def yaml = { String module -> new File(basedir, "requirements/${module}.yaml").getText('UTF-8') }
assert yaml('core-lib').contains('module: core-lib\nsources:\n  - .specs/10-core.md\nrequirements:\n')
assert yaml('api-server').contains('sources:\n  - .specs/20-api-server.md\n  - api/SPEC/SPEC.md\n')
assert yaml('api-server').contains('    anchor: api/SPEC/SPEC.md#limits\n')
assert yaml('cli').contains('sources:\n  - .specs/30-tools.md\n  - cli/.specs/40-completion.md\n')
assert yaml('overview').contains('module: overview\n')
// The duplicate keeps its first definition.
assert yaml('core-lib').contains('  CORE-1002:\n    title: The core SHOULD compact its journal.\n')
assert !yaml('api-server').contains('CORE-1002')

def compliance = new File(basedir, 'COMPLIANCE.md').getText('UTF-8').readLines()
assert compliance.contains('| [api-server](#api-server) | 2 | 1 | 0 | 1 | 0 | 0.0% | 0.0% |')
assert compliance.contains('| **Total** | 7 | 4 | 2 | 1 | 0 | 0.0% | 0.0% |')
// The modules have no sources, so nothing cites the requirements.
assert compliance.contains('| [API-1001](.specs/20-api-server.md#endpoints) | must | The server MUST expose GET /tasks.'
        + ' | Endpoints | 0 | 0 | uncovered |')
