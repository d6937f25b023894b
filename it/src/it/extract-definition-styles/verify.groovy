// Every definition style in one spec: extract writes exactly the expected requirements, with the level of
// heading requirements taken from their body, and lint, which checks the same text, finds nothing.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')

assert log.contains('[INFO] 12 requirements (8 must, 3 should, 1 may, 0 info) from 1 spec file in 1 module;'
        + ' 2 files written, 0 unchanged, 0 deleted')
assert log.contains('[INFO] 0 errors, 0 warnings in 1 file; SARIF report: target/spec/lint.sarif')
assert !log.contains('[WARNING]') && !log.contains('[ERROR]')

File actual = new File(basedir, 'requirements/styles.yaml')
File expected = new File(basedir, 'expected/requirements/styles.yaml')
assert actual.getText('UTF-8') == expected.getText('UTF-8')
assert Arrays.equals(actual.bytes, expected.bytes)
// Standards and summary lines define nothing.
assert !actual.getText('UTF-8').contains('RFC-2119')
