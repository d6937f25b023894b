// Shared by the layout-* ITs: an aggregator pom with no configuration over one ecosystem's repository, built with
// 'spec:extract spec:verify-drift'. Run from an IT's verify.groovy with 'basedir', 'project' (the artifactId),
// 'extract' and 'verify' (the exact lines each goal logs) and 'files' (the outputs, each compared byte for byte
// with its copy under expected/; target/spec/trace.json with expected/trace.json) bound.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def output = { String goal ->
    def header = "[INFO] --- spec-maven-plugin:VERSION:${goal} (default-cli) @ ${project} ---".toString()
    def at = lines.findIndexValues { it == header }
    assert at.size() == 1 : "${goal} should run once"
    lines.drop((int) at[0] + 1).takeWhile { !it.startsWith('[INFO] ---') && !it.startsWith('[INFO] BUILD') }
            .findAll { it.startsWith('[') && it != '[INFO] ' && !it.startsWith('[INFO] Download') }
}
assert output('extract') == extract
assert output('verify-drift') == verify
assert lines.contains('[INFO] BUILD SUCCESS')

files.each { String path ->
    File actual = new File(basedir, path)
    File expected = new File(basedir, 'expected/' + path.replaceFirst('^target/spec/', ''))
    assert actual.isFile() : "${path} was not written"
    assert actual.getText('UTF-8') == expected.getText('UTF-8') : "${path} differs from expected/${path}"
    assert Arrays.equals(actual.bytes, expected.bytes)
}
// Nothing else was written to the requirements directory.
def yaml = files.findAll { it.startsWith('requirements/') }.collect { it.substring('requirements/'.length()) }
assert new File(basedir, 'requirements').list().sort() == yaml.sort()
return true
