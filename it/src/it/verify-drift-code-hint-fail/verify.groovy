// A test cites HINT-1002, which the spec shows only inside a code block: TRACE-DANGLING says where the code
// block is, instead of suggesting another ID.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
assert lines.contains('[ERROR] src/test/java/demo/PoolTest.java:4:4: [TRACE-DANGLING] HINT-1002 is cited by a'
        + ' test but no spec defines it; it appears only inside a code block at .specs/10-core.md:8, and code'
        + ' defines nothing. Define it outside the code block, for example as \'- [HINT-1002] … MUST …\'.')
assert lines.count { it.contains('[TRACE-DANGLING]') } == 1
assert lines.any { it.contains('spec:verify-drift found 1 error and 0 warnings.') }
def yaml = new File(basedir, 'requirements/core.yaml').getText('UTF-8')
assert yaml.contains('  HINT-1001:') && !yaml.contains('HINT-1002')
