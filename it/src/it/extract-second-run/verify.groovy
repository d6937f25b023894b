// The committed outputs are already up to date for a spec with a BOM and CRLF line ends: the goal writes
// nothing and leaves the files' content and modification times alone.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

// Guard against the checkout having normalised the spec: it must still have a BOM and CRLF line ends.
byte[] spec = new File(basedir, '.specs/10-billing.md').bytes
assert spec[0] == (byte) 0xEF && spec[1] == (byte) 0xBB && spec[2] == (byte) 0xBF
assert new String(spec, 'UTF-8').contains('is\r\n  unique per tenant.\r\n')

def header = lines.findIndexOf { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(' @ second-run ---') }
assert header >= 0 : 'spec:extract did not run'
def output = lines.drop(header + 1)
        .takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it.startsWith('[') && !it.startsWith('[INFO] Download') }
assert output == [
        '[INFO] unchanged COMPLIANCE.md',
        '[INFO] unchanged requirements/billing.yaml',
        '[INFO] 3 requirements (1 must, 1 should, 1 may, 0 info) from 1 spec file in 1 module;'
                + ' 0 files written, 2 unchanged, 0 deleted',
]

['COMPLIANCE.md', 'requirements/billing.yaml'].each { path ->
    File file = new File(basedir, path)
    assert Arrays.equals(file.bytes, new File(basedir, 'before/' + path).bytes) : "${path} changed"
    assert file.lastModified() == 1577836800000L : "${path} was rewritten"
}
// No temporary files are left behind.
assert new File(basedir, 'requirements').list().sort() == ['billing.yaml']
