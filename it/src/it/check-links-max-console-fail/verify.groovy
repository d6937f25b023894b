// check-links-fail with -Dspec.maxConsoleFindings=1: the second LINK-ANCHOR-MISSING is counted after the errors,
// not printed; the SARIF report and the summary still have all four.
def expected = [
        '[ERROR] .specs/10-core.md:6:33: [LINK-FILE-MISSING] no file or directory docs/desing.md (link \'../docs/desing.md\'). Did you mean docs/design.md?',
        '[ERROR] .specs/10-core.md:7:33: [LINK-ANCHOR-MISSING] no heading #queue-admission in docs/design.md; did you mean #1-queue--admission?',
        '[ERROR] .specs/10-core.md:9:33: [LINK-LINE-MISSING] #L2-L9 is outside src/Main.java, which has 2 lines. Update the line numbers.',
        '[ERROR] \u2026 and 1 more LINK-ANCHOR-MISSING (all in target/spec/links.sarif)',
        '[INFO] 4 errors, 0 warnings in 1 file; 5 links checked, 1 external link not checked; SARIF report: target/spec/links.sarif',
        '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:check-links (default-cli) on project links: spec:check-links found 4 errors and 0 warnings. Fix the links above; paths are relative to the file that holds them. -> [Help 1]',
]
def sarifResults = [
        ['LINK-FILE-MISSING', 'error', '.specs/10-core.md', 6, 33],
        ['LINK-ANCHOR-MISSING', 'error', '.specs/10-core.md', 7, 33],
        ['LINK-ANCHOR-MISSING', 'error', '.specs/10-core.md', 8, 33],
        ['LINK-LINE-MISSING', 'error', '.specs/10-core.md', 9, 33],
]

// it/target/it/<this IT> -> it/src/it-lib
def lines = new GroovyShell(new Binding([basedir: basedir, expected: expected, helpKind: 'MojoFailureException', sarifFile: 'target/spec/links.sarif', sarifResults: sarifResults]))
        .evaluate(new File(basedir, '../../../src/it-lib/FindingAsserts.groovy'))
assert !lines.any { it.contains('#link in this file') }
assert lines.count { it.contains('[LINK-') || it.contains('more LINK-') } == 4
// invoker fails a verify script that returns anything but true or nothing.
return true
