// Tests SPEC-PLUGIN-2021.
// Two builds of the example with maven-build-cache-extension: the second restores every project from the cache,
// and the recommended runAlways configuration still runs lint, check-links and the gate in full.
def log = new File(basedir, 'build.log').text
def count = { String s -> log.split(java.util.regex.Pattern.quote(s), -1).length - 1 }

assert log.contains('Found cached build, restoring io.github.spectrace.examples:orchestrator from cache')
assert log.contains('Found cached build, restoring io.github.spectrace.examples:orchestrator-core from cache')
assert log.contains('Skipping plugin execution (cached): surefire:test')
assert !log.contains('Skipping plugin execution (cached): spec:')
// Once in the cache hit for each of the four projects.
assert count('Mojo execution is forced by project property: spec:verify-drift') == 4
// The gate's lines, once per build.
assert count('[INFO] 0 errors, 0 warnings in 5 files; 5 generated files compared; SARIF report: target/spec/verify.sarif') == 2
assert count('[INFO] Test reports of this build: 0 errors, 0 warnings in 3 reports; SARIF report: target/spec/verify.sarif') == 2
assert count('BUILD SUCCESS') == 2
true
