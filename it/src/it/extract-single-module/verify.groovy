// One project: the generated files match the golden files in expected/ byte for byte, and the goal logs one
// line per file and one summary line.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

// What the goal logged: the lines after its header, up to the end of the build, without downloads.
def header = lines.findIndexOf { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(' @ single-module ---') }
assert header >= 0 : 'spec:extract did not run'
def output = lines.drop(header + 1)
        .takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it.startsWith('[') && !it.startsWith('[INFO] Download') }
assert output == [
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] wrote requirements/core.yaml',
        '[INFO] 6 requirements (2 must, 1 should, 1 may, 2 info) from 1 spec file in 1 module;'
                + ' 2 files written, 0 unchanged, 0 deleted',
]

def sameBytes = { String path ->
    File actual = new File(basedir, path)
    File expected = new File(basedir, 'expected/' + path)
    assert actual.isFile() : "${path} was not written"
    if (!Arrays.equals(actual.bytes, expected.bytes)) {
        assert actual.getText('UTF-8') == expected.getText('UTF-8')
        assert false : "${path} differs from expected/${path} in bytes that are not text"
    }
}
sameBytes('requirements/core.yaml')
sameBytes('COMPLIANCE.md')
assert new File(basedir, 'requirements').list().sort() == ['core.yaml']
