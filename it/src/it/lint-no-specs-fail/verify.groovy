// Never silent: no spec matches the default includes, so spec:lint fails, and the message names the directory
// whose Markdown holds IDs (bin/.specs/), not docs/, whose Markdown holds none.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
assert lines.contains('[ERROR] pom.xml: [SPEC-NONE-FOUND] No spec file matches <includes> (.specs/*.md,'
        + ' SPEC/SPEC.md, SPEC.md) in the top-level directory or any module, so nothing was checked. Markdown files'
        + ' with requirement IDs are in bin/.specs/. Point <includes> at the ones that hold specs, for example'
        + ' bin/.specs/*.md.')
assert lines.count { it.contains('[SPEC-NONE-FOUND]') } == 1
assert lines.any { it.contains('spec:lint found 1 error and 0 warnings.') }
assert lines.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
