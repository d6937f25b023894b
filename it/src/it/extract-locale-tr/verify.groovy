// Under a Turkish locale (where "I".toLowerCase() is a dotless i and "i".toUpperCase() a dotted I) the output is
// byte-identical to the golden files in expected/, which were generated under the default locale.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

// -V prints the JVM's locale: make sure the test ran under the locale it is about.
assert lines.contains('Default locale: tr_TR, platform encoding: UTF-8')

def header = lines.findIndexOf { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(' @ locale-tr ---') }
assert header >= 0 : 'spec:extract did not run'
def output = lines.drop(header + 1)
        .takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it.startsWith('[') && !it.startsWith('[INFO] Download') }
assert output == [
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] wrote requirements/Istanbul.yaml',
        '[INFO] wrote requirements/init.yaml',
        '[INFO] 5 requirements (3 must, 1 should, 1 may, 0 info) from 2 spec files in 2 modules;'
                + ' 3 files written, 0 unchanged, 0 deleted',
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
sameBytes('requirements/init.yaml')
sameBytes('requirements/Istanbul.yaml')
sameBytes('COMPLIANCE.md')
assert new File(basedir, 'requirements').list().sort() == ['Istanbul.yaml', 'init.yaml']
