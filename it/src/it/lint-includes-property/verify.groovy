// -Dspec.includes=a,b sets the list parameter <includes>: both specs are linted, and nothing else.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
assert log.readLines().contains('[INFO] 0 errors, 0 warnings in 2 files; SARIF report: target/spec/lint.sarif')
assert log.contains('[INFO] BUILD SUCCESS')
