// A <mapping> to a module the reactor does not have stops the build; the message lists the known modules.
def project = 'bad-mapping'
def message = '''<mappings> maps '10-core.md' to module 'nope', but the reactor has no module with that artifactId or directory name. Known modules: bad-mapping, lib-a, lib-b. Fix the <module> value or add the module to the reactor.'''

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

// Maven's one-line summary of the failure is exactly the message, with no cause appended.
def failed = lines.findAll { it.startsWith('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:') }
assert failed.size() == 1
assert failed[0].endsWith(":extract (default-cli) on project ${project}: ${message} -> [Help 1]")
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
