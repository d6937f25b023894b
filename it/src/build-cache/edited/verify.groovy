// Tests SPEC-PLUGIN-2021.
// A spec edit that the build cache does not see: every project is a cache hit, and the gate fails on the drift.
def log = new File(basedir, 'build.log').text

assert log.contains('Found cached build, restoring io.github.spectrace.examples:orchestrator from cache')
assert log.contains('Mojo execution is forced by project property: spec:verify-drift')
assert !log.contains('Skipping plugin execution (cached): spec:')
assert log.contains('[ERROR] .specs/00_orchestrator.md:')
assert log.contains('[TRACE-UNTESTED] ORCH-9001 (must) is not cited by any test.')
assert log =~ /\[ERROR\] requirements\/orchestrator\.yaml:\d+: \[DRIFT-CHANGED\] differs from what the specs produce:/
assert log.contains('BUILD FAILURE')
true
