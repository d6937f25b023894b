// Shared by the ITs whose build must stop on broken input or configuration (a MojoExecutionException).
// Run from an IT's verify.groovy with the variables 'basedir', 'project' (the artifactId), 'goal' (as in
// "extract (default-cli)") and 'message' (the exact user-facing message) bound.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

// Maven's one-line summary of the failure is exactly the message, with no cause appended.
def failed = lines.findAll { it.startsWith('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:') }
assert failed.size() == 1
assert failed[0].endsWith(":${goal} on project ${project}: ${message} -> [Help 1]")
// It is a MojoExecutionException (broken input or configuration), not a MojoFailureException (a finding).
assert lines.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')

// The plugin logs no stack trace of its own. The ITs run with -e (showErrors), so Maven prints one after
// BUILD FAILURE; it must start at the MojoExecutionException with the same message.
def beforeFailure = lines.takeWhile { it != '[INFO] BUILD FAILURE' }
assert beforeFailure.size() < lines.size()
assert !beforeFailure.any { it.contains('at io.github') || it.contains('Exception') }
if (log.contains('[INFO] Error stacktraces are turned on.')) {
    assert lines.contains('Caused by: org.apache.maven.plugin.MojoExecutionException: ' + message)
} else {
    assert !log.contains('at io.github')
}

// Nothing was written.
assert !new File(basedir, 'requirements').exists()
assert !new File(basedir, 'COMPLIANCE.md').exists()
return true
