// Only a warning, but -Dspec.failOnWarning=true: the build fails and says why.
def expected = [
        '[WARNING] .specs/10-core.md:3:4: [SPEC-BUNDLED] OC-CORE-1001 mixes MUST-level and MAY-level keywords (MUST, MAY). Split it into one requirement per level.',
        '[INFO] 0 errors, 1 warning in 1 file; SARIF report: target/spec/lint.sarif',
        '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:lint (default-cli) on project fail-on-warning: spec:lint found 0 errors and 1 warning (spec.failOnWarning is true). Fix the findings above; each rule\'s severity can be changed in <rules>. -> [Help 1]',
]
def sarifResults = [
        ['SPEC-BUNDLED', 'warning', '.specs/10-core.md', 3, 4],
]

// it/target/it/<this IT> -> it/src/it-lib
new GroovyShell(new Binding([basedir: basedir, expected: expected, helpKind: 'MojoFailureException', sarifFile: 'target/spec/lint.sarif', sarifResults: sarifResults]))
        .evaluate(new File(basedir, '../../../src/it-lib/FindingAsserts.groovy'))
// invoker fails a verify script that returns anything but true or nothing.
return true
