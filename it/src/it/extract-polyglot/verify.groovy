// An aggregator pom with no configuration over Cargo, npm, Go and Python packages: the modules come from the
// manifests and are named by them, each spec maps to the package whose directory holds it or whose directory
// its name gives, and COMPLIANCE.md counts code and test citations by each ecosystem's conventions.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
def header = lines.findIndexOf { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(' @ polyglot ---') }
assert header >= 0 : 'spec:extract did not run'
def output = lines.drop(header + 1).takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it.startsWith('[') && !it.startsWith('[INFO] Download') }
assert output == [
        '[INFO] 6 modules: 2 Cargo, 1 Maven, 1 npm, 1 Go, 1 Python',
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] wrote requirements/poly-api.yaml',
        '[INFO] wrote requirements/poly-core.yaml',
        '[INFO] wrote requirements/poly-py.yaml',
        '[INFO] wrote requirements/poly-web.yaml',
        '[INFO] wrote requirements/svc.yaml',
        '[INFO] 6 requirements (6 must, 0 should, 0 may, 0 info) from 6 spec files in 5 modules;'
                + ' 6 files written, 0 unchanged, 0 deleted',
]

def sameBytes = { String path ->
    File actual = new File(basedir, path)
    File expected = new File(basedir, 'expected/' + path)
    assert actual.isFile() : "${path} was not written"
    assert actual.getText('UTF-8') == expected.getText('UTF-8')
    assert Arrays.equals(actual.bytes, expected.bytes)
}
['poly-api', 'poly-core', 'poly-py', 'poly-web', 'svc'].each { sameBytes("requirements/${it}.yaml") }
sameBytes('COMPLIANCE.md')
// Every requirement cited by a test: Cargo tests/, benches/ and #[cfg(test)] modules, *.test.ts, *_test.go,
// tests/test_*.py.
def compliance = new File(basedir, 'COMPLIANCE.md').getText('UTF-8')
assert compliance.contains('| **Total** | 6 | 6 | 0 | 0 | 0 | 83.3% | 100.0% |')
